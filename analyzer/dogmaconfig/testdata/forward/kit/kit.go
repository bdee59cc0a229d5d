// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprojection \*kit.adaptor identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\}$`
// Package kit plays projectionkit v0.7.5's part: New returns an unbound
// handler when it has no database, an adaptor otherwise; both only forward
// Configure to the handler they wrap.
package kit

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// MessageHandler is the kit's own handler interface.
type MessageHandler interface {
	Configure(c dogma.ProjectionConfigurer)
}

// Option stands for the kit's options.
type Option int

type base struct{ dogma.NoCompactBehavior }

func (base) HandleEvent(context.Context, []byte, []byte, []byte, dogma.ProjectionEventScope, dogma.Event) (bool, error) {
	return false, nil
}
func (base) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (base) CloseResource(context.Context, []byte) error             { return nil }

type adaptor struct {
	base
	db      *int
	handler MessageHandler
}

// want +1 New:`forwards Configure to param1`
func New(db *int, h MessageHandler, options ...Option) dogma.ProjectionMessageHandler {
	if db == nil {
		return Unbound(h)
	}
	return &adaptor{db: db, handler: h}
}

func (a *adaptor) Configure(c dogma.ProjectionConfigurer) {
	a.handler.Configure(c)
}

type unbound struct {
	MessageHandler
	base
}

// want +1 Unbound:`forwards Configure to param0`
func Unbound(h MessageHandler) dogma.ProjectionMessageHandler {
	return unbound{h, base{}}
}
