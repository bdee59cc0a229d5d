// Package routes breaks each route rule once, next to a valid look-alike.
package routes

import (
	"math/rand"
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type (
	agg  struct{ dogma.AggregateMessageHandler }
	proc struct{ dogma.ProcessMessageHandler }
	intg struct {
		dogma.IntegrationMessageHandler
	}
	proj struct{ dogma.ProjectionMessageHandler }
)

type AggregateNoCommand struct{ agg }

func (AggregateNoCommand) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no HandlesCommand route`
	c.Identity("agg-no-command", "01000000-0000-4000-8000-000000000000")
	c.Routes(dogma.RecordsEvent[msgs.EvtA]())
}

type AggregateNoEvent struct{ agg }

func (AggregateNoEvent) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no RecordsEvent route`
	c.Identity("agg-no-event", "02000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type Aggregate struct{ agg }

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("agg", "03000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type ProcessNoEvent struct{ proc }

func (ProcessNoEvent) Configure(c dogma.ProcessConfigurer) { // want `process has no HandlesEvent route`
	c.Identity("proc-no-event", "04000000-0000-4000-8000-000000000000")
	c.Routes(dogma.ExecutesCommand[msgs.CmdA]())
}

type ProcessNoCommand struct{ proc }

func (ProcessNoCommand) Configure(c dogma.ProcessConfigurer) { // want `process has no ExecutesCommand route`
	c.Identity("proc-no-command", "05000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.SchedulesTimeout[msgs.TmoA]())
}

type Process struct{ proc }

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("proc", "06000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.ExecutesCommand[msgs.CmdA]())
}

type IntegrationNoCommand struct{ intg }

func (IntegrationNoCommand) Configure(c dogma.IntegrationConfigurer) { // want `integration has no HandlesCommand route`
	c.Identity("int-no-command", "07000000-0000-4000-8000-000000000000")
	c.Routes(dogma.RecordsEvent[msgs.EvtA]())
}

type ProjectionNoEvent struct{ proj }

func (ProjectionNoEvent) Configure(c dogma.ProjectionConfigurer) { // want `projection has no HandlesEvent route`
	c.Identity("proj-no-event", "08000000-0000-4000-8000-000000000000")
}

type Projection struct{ proj }

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("proj", "09000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA]())
	c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{PrimaryFirst: true})
}

// MaybeRoutes adds its routes on some path only: required routes are not
// judged.
type MaybeRoutes struct{ proj }

func (MaybeRoutes) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("maybe", "0a000000-0000-4000-8000-000000000000")
	if rand.Int() == 0 {
		c.Routes(dogma.HandlesEvent[msgs.EvtA]())
	}
}

type NilPolicy struct{ proj }

func (NilPolicy) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("nil-policy", "0b000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA]())
	c.DeliveryPolicy(nil) // want `DeliveryPolicy is called with nil`
}

type Duplicate struct{ agg }

func (Duplicate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("dup", "0c000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.RecordsEvent[msgs.EvtA](),
	)
	c.Routes(dogma.HandlesCommand[msgs.CmdA]()) // want `HandlesCommand route for msgs.CmdA is added more than once`
}

// SameTypeOtherDirection is no duplicate.
type SameTypeOtherDirection struct{ proc }

func (SameTypeOtherDirection) Configure(c dogma.ProcessConfigurer) {
	c.Identity("other-direction", "0d000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesEvent[msgs.EvtA](),
		dogma.ExecutesCommand[msgs.CmdA](),
		dogma.SchedulesTimeout[msgs.TmoA](),
	)
}

// DuplicateInBranches adds the same route in exclusive branches: no
// duplicate.
type DuplicateInBranches struct {
	intg
	b bool
}

func (h DuplicateInBranches) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("branches", "0e000000-0000-4000-8000-000000000000")
	if h.b {
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	} else {
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
}

type embedded struct{ dogma.HandlesCommandRoute }

type InvalidRoutes struct{ intg }

func (InvalidRoutes) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("invalid", "0f000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		nil,        // want `Routes is passed a nil route`
		embedded{}, // want `Routes is passed a value of type routes.embedded`
	)
}

type NilType struct{ intg }

func (NilType) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("nil-type", "10000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.RecordsEventRoute{}, // want `RecordsEventRoute has a nil Type`
	)
}

type Receivers struct{ intg }

func (Receivers) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("receivers", "11000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[*msgs.CmdA](), // want `\*msgs.CmdA does not use a pointer receiver`
		dogma.HandlesCommand[*msgs.PtrCmd](),
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.PtrCmd{})}, // want `msgs.PtrCmd uses a pointer receiver`
	)
}

type Kinds struct{ intg }

func (Kinds) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("kinds", "12000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.EvtA{})},      // want `HandlesCommand route for msgs.EvtA, which is an event, not a command`
		dogma.RecordsEventRoute{Type: reflect.TypeFor[msgs.NotMessage]()}, // want `implements none of dogma.Command, dogma.Event and dogma.Timeout`
		dogma.RecordsEventRoute{Type: reflect.TypeFor[msgs.EvtA]()},       // a literal route of the right kind is fine
		dogma.HandlesCommand[dogma.Command](),                             // want `HandlesCommand route for interface type dogma.Command matches no message`
	)
}
