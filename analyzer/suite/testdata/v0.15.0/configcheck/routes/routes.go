// Package routes tests the route rules of one handler on dogma v0.15.0,
// whose messages use value receivers.
package routes

import (
	"context"
	"reflect"

	"github.com/dogmatiq/dogma"
)

type aggregate struct{}

func (aggregate) New() dogma.AggregateRoot                                                      { return nil }
func (aggregate) RouteCommandToInstance(dogma.Command) string                                   { return "a" }
func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type process struct {
	dogma.NoTimeoutMessagesBehavior
}

func (process) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }
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

type projection struct{ dogma.NoCompactBehavior }

func (projection) HandleEvent(context.Context, []byte, []byte, []byte, dogma.ProjectionEventScope, dogma.Event) (bool, error) {
	return true, nil
}
func (projection) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (projection) CloseResource(context.Context, []byte) error             { return nil }

type AggregateNoCommand struct{ aggregate }

func (AggregateNoCommand) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no HandlesCommand route`
	c.Identity("aggregate-no-command", "0b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b91")
	c.Routes(dogma.RecordsEvent[AccountOpened]())
}

type AggregateNoEvent struct{ aggregate }

func (AggregateNoEvent) Configure(c dogma.AggregateConfigurer) { // want `aggregate has no RecordsEvent route`
	c.Identity("aggregate-no-event", "1b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b92")
	c.Routes(dogma.HandlesCommand[OpenAccount]())
}

type ProcessNoEvent struct{ process }

func (ProcessNoEvent) Configure(c dogma.ProcessConfigurer) { // want `process has no HandlesEvent route`
	c.Identity("process-no-event", "2b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b93")
	c.Routes(dogma.ExecutesCommand[OpenAccount]())
}

type ProcessNoCommand struct{ process }

func (ProcessNoCommand) Configure(c dogma.ProcessConfigurer) { // want `process has no ExecutesCommand route`
	c.Identity("process-no-command", "3b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b94")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
}

type IntegrationNoCommand struct{ integration }

func (IntegrationNoCommand) Configure(c dogma.IntegrationConfigurer) { // want `integration has no HandlesCommand route`
	c.Identity("integration-no-command", "4b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b95")
	c.Routes(dogma.RecordsEvent[AccountOpened]())
}

// IntegrationNoEvent records no event, which integrations may: silent.
type IntegrationNoEvent struct{ integration }

func (IntegrationNoEvent) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("integration-no-event", "5b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b96")
	c.Routes(dogma.HandlesCommand[OpenAccount]())
}

type ProjectionNoEvent struct{ projection }

func (ProjectionNoEvent) Configure(c dogma.ProjectionConfigurer) { // want `projection has no HandlesEvent route`
	c.Identity("projection-no-event", "6b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b97")
	c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{})
}

type NilPolicy struct{ projection }

func (NilPolicy) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("nil-policy", "7b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b98")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
	c.DeliveryPolicy(nil) // want `DeliveryPolicy is called with nil`
}

// PolicyField may be set by whoever builds the handler: silent.
type PolicyField struct {
	projection
	policy dogma.ProjectionDeliveryPolicy
}

func (h PolicyField) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("policy-field", "8b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b99")
	c.Routes(dogma.HandlesEvent[AccountOpened]())
	c.DeliveryPolicy(h.policy)
}

type Repeated struct{ integration }

func (Repeated) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("repeated", "9b7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b9a")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
	c.Routes(dogma.HandlesCommand[OpenAccount]()) // want `HandlesCommand route for routes\.OpenAccount is added more than once`
}

// TwoCommands routes two different command types: no duplicate route,
// silent.
type TwoCommands struct{ integration }

func (TwoCommands) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("two-commands", "ab7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b9b")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.HandlesCommand[CloseAccount]())
}

// notRoute embeds a dogma route struct but is no route configkit knows.
type notRoute struct{ dogma.HandlesCommandRoute }

// NotMessage implements none of the message interfaces.
type NotMessage struct{}

type BadRoutes struct{ integration }

func (BadRoutes) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("bad-routes", "bb7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b9c")
	c.Routes(
		dogma.HandlesCommand[CloseAccount](),
		nil,                                  // want `Routes is passed a nil route`
		notRoute{},                           // want `Routes is passed a value of type routes\.notRoute`
		dogma.RecordsEventRoute{},            // want `RecordsEventRoute has a nil Type`
		dogma.HandlesCommand[*OpenAccount](), // want `\*routes\.OpenAccount does not use a pointer receiver`
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(AccountOpened{})}, // want `HandlesCommand route for routes\.AccountOpened, which is an event, not a command`
		dogma.RecordsEventRoute{Type: reflect.TypeFor[NotMessage]()},     // want `implements none of dogma\.Command, dogma\.Event and dogma\.Timeout`
		dogma.HandlesCommand[dogma.Command](),                            // want `HandlesCommand route for interface type dogma\.Command matches no message`
	)
}

// LiteralRoute builds a valid route as a struct literal: silent.
type LiteralRoute struct{ integration }

func (LiteralRoute) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("literal-route", "cb7f3a5c-ae2d-4f94-b8c6-4d3e2f1a0b9d")
	c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeFor[OpenAccount]()})
}

// TimeoutRoutes breaks the route rules with timeout routes: the findings use
// this release's names (SchedulesTimeout, timeout).
type TimeoutRoutes struct{ process }

func (TimeoutRoutes) Configure(c dogma.ProcessConfigurer) {
	c.Identity("timeout-routes", "773b59f3-22de-4559-87a0-efb4fd14a259")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.ExecutesCommand[OpenAccount](),
		dogma.SchedulesTimeout[CloseDue](),
		dogma.SchedulesTimeout[CloseDue](),      // want `SchedulesTimeout route for routes\.CloseDue is added more than once`
		dogma.SchedulesTimeout[dogma.Timeout](), // want `SchedulesTimeout route for interface type dogma\.Timeout matches no message, because engines route by a message's concrete type; route each concrete timeout type instead`
		dogma.SchedulesTimeoutRoute{},           // want `SchedulesTimeoutRoute has a nil Type; build the route with dogma\.SchedulesTimeout\[T\]\(\) instead of a struct literal`
	)
}
