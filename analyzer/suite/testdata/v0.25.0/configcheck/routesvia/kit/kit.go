// Package kit plays projectionkit v0.10.0's part: New returns an adaptor
// whose Configure only forwards to the handler it wraps.
package kit

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// MessageHandler is the kit's own handler interface.
type MessageHandler interface {
	Configure(c dogma.ProjectionConfigurer)
}

// Driver stands for the kit's database drivers.
type Driver int

type adaptor struct {
	DB      string
	Driver  Driver
	Handler MessageHandler
	dogma.NoCompactBehavior
	dogma.NoResetBehavior
}

// New wraps h.
func New(db string, d Driver, h MessageHandler) dogma.ProjectionMessageHandler {
	return &adaptor{DB: db, Driver: d, Handler: h}
}

func (a *adaptor) Configure(c dogma.ProjectionConfigurer) { a.Handler.Configure(c) }

func (a *adaptor) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (a *adaptor) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }
