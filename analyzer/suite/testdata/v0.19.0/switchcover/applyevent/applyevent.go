// Package applyevent tests switch-missing-case and switch-dead-case on the
// ApplyEvent method of a dogma v0.19.0 aggregate root.
package applyevent

import "github.com/dogmatiq/dogma"

// strict panics on an event it does not know: applying a recorded event it
// has no case for panics.
type strict struct{ dogma.NoSnapshotBehavior }

func (*strict) AggregateInstanceDescription() string { return "strict" }

func (*strict) ApplyEvent(e dogma.Event) {
	switch e.(type) { // want `type switch in strict\.ApplyEvent has no case for routed type \*applyevent\.AccountClosed`
	case *AccountOpened:
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// lenient leaves out an event that does not change it, and keeps a case
// for an event no longer routed (historical events): silent.
type lenient struct{ dogma.NoSnapshotBehavior }

func (*lenient) AggregateInstanceDescription() string { return "lenient" }

func (*lenient) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case *AccountOpened:
	case *CloseDueEvent:
	}
}

// CloseDueEvent is an event the aggregates used to record.
type CloseDueEvent struct{}

func (*CloseDueEvent) MessageDescription() string                { return "close due" }
func (*CloseDueEvent) Validate(dogma.EventValidationScope) error { return nil }
func (*CloseDueEvent) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*CloseDueEvent) UnmarshalBinary([]byte) error              { return nil }

func init() { dogma.RegisterEvent[*CloseDueEvent]("d1e3a5b7-7d9f-4b1c-8e2a-6c7d8e9f0a02") }

type Strict struct{}

func (Strict) Configure(c dogma.AggregateConfigurer) {
	c.Identity("strict", "e1e3a5b7-7d9f-4b1c-8e2a-6c7d8e9f0a03")
	c.Routes(
		dogma.HandlesCommand[*OpenAccount](),
		dogma.RecordsEvent[*AccountOpened](),
		dogma.RecordsEvent[*AccountClosed](),
	)
}

func (Strict) New() dogma.AggregateRoot                                                      { return &strict{} }
func (Strict) RouteCommandToInstance(dogma.Command) string                                   { return "s" }
func (Strict) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type Lenient struct{}

func (Lenient) Configure(c dogma.AggregateConfigurer) {
	c.Identity("lenient", "f1e3a5b7-7d9f-4b1c-8e2a-6c7d8e9f0a04")
	c.Routes(
		dogma.HandlesCommand[*OpenAccount](),
		dogma.RecordsEvent[*AccountOpened](),
		dogma.RecordsEvent[*AccountClosed](),
	)
}

func (Lenient) New() dogma.AggregateRoot                                                      { return &lenient{} }
func (Lenient) RouteCommandToInstance(dogma.Command) string                                   { return "l" }
func (Lenient) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}
