// Package app registers a projection through the wrap adaptor, and one
// directly.
package app

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.com/adaptor/wrap"
)

// Opened is an event.
type Opened struct{}

// MessageDescription describes the event.
func (Opened) MessageDescription() string { return "opened" }

// Validate accepts every Opened.
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

// Totals is registered through wrap.New.
type Totals struct{}

// Configure declares the projection's identity and routes.
func (*Totals) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("totals", "1f0d5c9e-3c1a-4a8e-9f57-2b3d4c5e6f70")
	c.Routes(dogma.HandlesEvent[Opened]())
}

// HandleEvent does nothing.
func (*Totals) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) error {
	return nil
}

// Orphan is a projection that no application registers.
type Orphan struct{}

// Configure declares the projection's identity and routes.
func (*Orphan) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("orphan", "2a1e6d0f-4d2b-4b9f-8a68-3c4d5e6f7081")
	c.Routes(dogma.HandlesEvent[Opened]())
}

// HandleEvent does nothing.
func (*Orphan) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) error {
	return nil
}

// App registers Totals through the adaptor.
type App struct{}

// Configure declares the application's identity and handlers.
func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("adapted", "3b2f7e1a-5e3c-4ca0-9b79-4d5e6f708192")
	c.RegisterProjection(wrap.New(&Totals{}))
}
