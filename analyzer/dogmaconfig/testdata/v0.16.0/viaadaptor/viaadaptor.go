// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprojection viaadaptor.Ledger identity<"ledger"/"68d20d5d-b130-4293-90f4-049888e6a439"> routes<HandlesEvent:viaadaptor.Evt>(\n[^\n]*)*\}$` package:`registry\(1 registrations, incomplete=false\)`
// Package viaadaptor registers handlers through the adaptors of package
// kit: the handler an adaptor forwards to is registered as itself.
package viaadaptor

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/dogmaconfig/kit"
)

type Evt struct{}

func (Evt) MessageDescription() string                { return "evt" }
func (Evt) Validate(dogma.EventValidationScope) error { return nil }

func init() { dogma.RegisterEvent[Evt]("15adb2d9-7c3b-452e-a952-696a2c75d57e") }

type Ledger struct{}

func (Ledger) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("ledger", "68d20d5d-b130-4293-90f4-049888e6a439")
	c.Routes(dogma.HandlesEvent[Evt]())
}

// want +1 App:`application \*viaadaptor.App identity<> handlers<viaadaptor.Ledger \*viaadaptor.Ledger partial>$`
type App struct {
	DB     string
	Ledger Ledger
}

func (a *App) Configure(c dogma.ApplicationConfigurer) {
	c.Routes(
		dogma.ViaProjection(kit.New(a.DB, a.Ledger)),
		dogma.ViaProjection(kit.New(a.DB, &a.Ledger)),
		// Not followed: each is recorded as an adaptor registration.
		dogma.ViaProjection(kit.Named(a.Ledger)),
		dogma.ViaProjection(kit.Pick(a.Ledger, a.Ledger, true)),
		dogma.ViaProjection(kit.Swap(a.Ledger, a.Ledger)),
		// A nil handler inside an adaptor is not a nil registration.
		dogma.ViaProjection(kit.New(a.DB, nil)),
	)
}

// want +1 Local:`application viaadaptor.Local identity<> handlers<viaadaptor.Ledger>$`
type Local struct{}

func (Local) Configure(c dogma.ApplicationConfigurer) {
	c.Routes(dogma.ViaProjection(wrap(Ledger{})))
}

// configurable is the part of a handler that wrapper's Configure is
// promoted from.
type configurable interface {
	Configure(c dogma.ProjectionConfigurer)
}

type wrapper struct {
	configurable
	dogma.NoCompactBehavior
}

func (wrapper) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (wrapper) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

func wrap(h configurable) dogma.ProjectionMessageHandler {
	return wrapper{configurable: h}
}
