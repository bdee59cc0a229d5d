// Package defective compiles, and holds a handler with one defect: the
// packages next to it that do not compile must not hide its finding.
package defective

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// Ping is a command.
type Ping struct{}

// MessageDescription describes the command.
func (Ping) MessageDescription() string { return "ping" }

// Validate accepts every Ping.
func (Ping) Validate(dogma.CommandValidationScope) error { return nil }

// Handler is an integration handler whose key is not a UUID.
type Handler struct{}

// Configure declares the handler's identity and routes.
func (Handler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("pinger", "not-a-uuid") // defect: identity-key
	c.Routes(dogma.HandlesCommand[Ping]())
}

// HandleCommand does nothing.
func (Handler) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

// App registers the handler.
type App struct{}

// Configure declares the application's identity and handlers.
func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bad", "9c9a4c5e-5a0b-4c8e-9e5e-0d6c2d4b6f10")
	c.RegisterIntegration(Handler{})
}
