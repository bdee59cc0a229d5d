// Package helpers tests how new-returns-nil and empty-instance-id follow
// values on dogma v0.16.0: through functions of the package and named
// results, and not into values set elsewhere.
package helpers

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

// none returns nil as its last and only return.
func none() *closure { return nil }

// noID returns an empty ID.
func noID() string { return "" }

type process struct {
	dogma.NoTimeoutMessagesBehavior
}

func (process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "12f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b02")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount]())
}

func (process) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

// ThroughHelpers returns nil and "" through helpers.
type ThroughHelpers struct{ process }

func (ThroughHelpers) New() dogma.ProcessRoot {
	return none() // want `ThroughHelpers\.New returns a nil \*closure`
}

func (ThroughHelpers) RouteEventToInstance(context.Context, dogma.Event) (id string, ok bool, err error) {
	id, ok = noID(), true
	return // want `ThroughHelpers\.RouteEventToInstance returns an empty instance ID with ok true`
}

// fresh may be replaced by the package's tests or init: not proven nil.
var Fresh func() *closure

// Elsewhere returns values set elsewhere: silent.
type Elsewhere struct {
	process
	id string
}

func (Elsewhere) New() dogma.ProcessRoot { return Fresh() }

func (h Elsewhere) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return h.id, true, nil
}
