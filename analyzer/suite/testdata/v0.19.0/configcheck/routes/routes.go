// Package routes tests the route rules of one handler on dogma v0.19.0,
// whose messages use pointer receivers and are registered. v0.19.0 has no
// DeliveryPolicy (nil-delivery-policy cannot occur) and its route structs
// have no exported Type field (a route of the wrong message kind cannot be
// built), so those rules have no case here.
package routes

import (
	"context"
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

type root struct{ dogma.NoSnapshotBehavior }

func (*root) AggregateInstanceDescription() string { return "root" }
func (*root) ApplyEvent(dogma.Event)               {}

type aggregate struct{}

func (aggregate) New() dogma.AggregateRoot                                                      { return &root{} }
func (aggregate) RouteCommandToInstance(dogma.Command) string                                   { return "a" }
func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type process struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (process) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "p", true, nil
}
func (process) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

type integration struct{}

func (integration) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

type projection struct {
	dogma.NoCompactBehavior
	dogma.NoResetBehavior
}

func (projection) HandleEvent(_ context.Context, s dogma.ProjectionEventScope, _ dogma.Event) (uint64, error) {
	return s.Offset() + 1, nil
}
func (projection) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

type AggregateNoCommand struct{ aggregate }

func (AggregateNoCommand) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no HandlesCommand route`
	c.Identity("aggregate-no-command", "15f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e01")
	c.Routes(dogma.RecordsEvent[*AccountOpened]())
}

type AggregateNoEvent struct{ aggregate }

func (AggregateNoEvent) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no RecordsEvent route`
	c.Identity("aggregate-no-event", "25f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e02")
	c.Routes(dogma.HandlesCommand[*OpenAccount]())
}

type ProcessNoEvent struct{ process }

func (ProcessNoEvent) Configure(c dogma.ProcessConfigurer) { // want `process has no HandlesEvent route`
	c.Identity("process-no-event", "35f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e03")
	c.Routes(dogma.ExecutesCommand[*OpenAccount]())
}

type ProcessNoCommand struct{ process }

func (ProcessNoCommand) Configure(c dogma.ProcessConfigurer) { // want `process has no ExecutesCommand route`
	c.Identity("process-no-command", "45f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e04")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.SchedulesTimeout[*CloseDue]())
}

type IntegrationNoCommand struct{ integration }

func (IntegrationNoCommand) Configure(c dogma.IntegrationConfigurer) { // want `integration has no HandlesCommand route`
	c.Identity("integration-no-command", "55f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e05")
	c.Routes(dogma.RecordsEvent[*AccountOpened]())
}

// IntegrationNoEvent records no event, which integrations may: silent.
type IntegrationNoEvent struct{ integration }

func (IntegrationNoEvent) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("integration-no-event", "65f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e06")
	c.Routes(dogma.HandlesCommand[*OpenAccount]())
	c.ConcurrencyPreference(dogma.MinimizeConcurrency)
}

type ProjectionNoEvent struct{ projection }

func (ProjectionNoEvent) Configure(c dogma.ProjectionConfigurer) { // want `projection has no HandlesEvent route`
	c.Identity("projection-no-event", "75f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e07")
	c.ConcurrencyPreference(dogma.MaximizeConcurrency)
}

type Repeated struct{ integration }

func (Repeated) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("repeated", "85f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e08")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.RecordsEvent[*AccountOpened]())
	c.Routes(dogma.HandlesCommand[*OpenAccount]()) // want `HandlesCommand route for \*routes\.OpenAccount is added more than once`
}

// TwoCommands routes two different command types: no duplicate route,
// silent.
type TwoCommands struct{ integration }

func (TwoCommands) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("two-commands", "95f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e09")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.HandlesCommand[*CloseAccount]())
}

// notRoute embeds a dogma route struct but is no route an engine knows.
type notRoute struct{ dogma.HandlesCommandRoute }

type BadRoutes struct{ integration }

func (BadRoutes) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("bad-routes", "a5f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e0a")
	c.Routes(
		dogma.HandlesCommand[*CloseAccount](),
		nil,                                   // want `Routes is passed a nil route`
		notRoute{},                            // want `Routes is passed a value of type routes\.notRoute`
		dogma.RecordsEventRoute{},             // want `RecordsEventRoute has a nil Type`
		dogma.HandlesCommand[dogma.Command](), // want `HandlesCommand route for interface type dogma\.Command matches no message`
	)
}

// Mixed implements the message interface partly with value receivers, as
// v0.19.0 allows as long as the pointer type is registered and routed:
// silent.
type Mixed struct{ ID string }

func init() { dogma.RegisterCommand[*Mixed]("b5f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e0b") }

func (m Mixed) MessageDescription() string                { return "mixed " + m.ID }
func (Mixed) Validate(dogma.CommandValidationScope) error { return nil }
func (m *Mixed) MarshalBinary() ([]byte, error)           { return json.Marshal(m) }
func (m *Mixed) UnmarshalBinary(data []byte) error        { return json.Unmarshal(data, m) }

type MixedHandler struct{ integration }

func (MixedHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("mixed", "c5f2b8da-5c7a-4e9b-a0d1-4a5b6c7d8e0c")
	c.Routes(dogma.HandlesCommand[*Mixed]())
}

// TimeoutRoutes breaks the route rules with timeout routes: the findings use
// this release's names (SchedulesTimeout, timeout).
type TimeoutRoutes struct{ process }

func (TimeoutRoutes) Configure(c dogma.ProcessConfigurer) {
	c.Identity("timeout-routes", "c994b525-0260-4555-bf96-1b31d5dc0b0e")
	c.Routes(
		dogma.HandlesEvent[*AccountOpened](),
		dogma.ExecutesCommand[*OpenAccount](),
		dogma.SchedulesTimeout[*CloseDue](),
		dogma.SchedulesTimeout[*CloseDue](),     // want `SchedulesTimeout route for \*routes\.CloseDue is added more than once`
		dogma.SchedulesTimeout[dogma.Timeout](), // want `SchedulesTimeout route for interface type dogma\.Timeout matches no message, because engines route by a message's concrete type; route each concrete timeout type instead`
		dogma.SchedulesTimeoutRoute{},           // want `SchedulesTimeoutRoute has a nil Type; build the route with dogma\.SchedulesTimeout\[T\]\(\) instead of a struct literal`
	)
}
