// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprojection \*kit.adaptor identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\nprojection \*kit.named identity<"named"/"e9ce08be-5a0e-4d8b-b8fd-38fb771eeb2b" partial> routes<partial> disabled:unknown(\n[^\n]*)*\}$`
// Package kit plays projectionkit's part: adaptors whose Configure only
// forwards to the handler they wrap, and look-alikes that do more.
package kit

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// MessageHandler is the kit's own handler interface.
type MessageHandler interface {
	Configure(c dogma.ProjectionConfigurer)
}

type adaptor struct {
	DB      string
	Handler MessageHandler
}

// New forwards on every path: to a literal of adaptor, or to unbound,
// which forwards too.
//
// want +1 New:`forwards Configure to param1`
func New(db string, h MessageHandler) dogma.ProjectionMessageHandler {
	if db == "" {
		return unbound(h)
	}
	return &adaptor{DB: db, Handler: h}
}

func (a *adaptor) Configure(c dogma.ProjectionConfigurer) {
	a.Handler.Configure(c)
}

func (a *adaptor) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (a *adaptor) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

func (a *adaptor) Compact(context.Context, dogma.ProjectionCompactScope) error { return nil }

// unboundHandler's Configure is promoted from the handler it embeds.
type unboundHandler struct {
	MessageHandler
	dogma.NoCompactBehavior
}

func (unboundHandler) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (unboundHandler) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

func unbound(h MessageHandler) dogma.ProjectionMessageHandler {
	return unboundHandler{h, dogma.NoCompactBehavior{}}
}

type named struct {
	Handler MessageHandler
	dogma.NoCompactBehavior
}

func (n *named) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("named", "e9ce08be-5a0e-4d8b-b8fd-38fb771eeb2b")
	n.Handler.Configure(c)
}

func (*named) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (*named) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

// Named's adaptor configures more than the handler it wraps: it does not
// forward, so it has no fact.
func Named(h MessageHandler) dogma.ProjectionMessageHandler {
	return &named{Handler: h}
}

// Pick may return either handler: it has no fact.
func Pick(a, b MessageHandler, first bool) dogma.ProjectionMessageHandler {
	if first {
		return &adaptor{Handler: a}
	}
	return &adaptor{Handler: b}
}

// Swap changes the handler before wrapping it: it has no fact.
func Swap(h, other MessageHandler) dogma.ProjectionMessageHandler {
	h = other
	return &adaptor{Handler: h}
}
