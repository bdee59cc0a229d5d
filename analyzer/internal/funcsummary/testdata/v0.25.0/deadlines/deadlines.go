// Package deadlines checks summaries on dogma v0.25.0, whose scopes are
// generic over the root and whose timeouts are called deadlines.
package deadlines

import (
	"time"

	"github.com/dogmatiq/dogma"
)

type Ship struct{}

func (*Ship) MessageDescription() string                  { return "ship" }
func (*Ship) Validate(dogma.CommandValidationScope) error { return nil }
func (*Ship) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Ship) UnmarshalBinary([]byte) error                { return nil }

type Remind struct{}

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

type Shipped struct{}

func (*Shipped) MessageDescription() string                { return "shipped" }
func (*Shipped) Validate(dogma.EventValidationScope) error { return nil }
func (*Shipped) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Shipped) UnmarshalBinary([]byte) error              { return nil }

type order struct{}

func (*order) ProcessInstanceDescription(bool) string { return "" }
func (*order) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*order) UnmarshalBinary([]byte) error           { return nil }

type stock struct{}

func (*stock) AggregateInstanceDescription() string { return "" }
func (*stock) ApplyEvent(dogma.Event)               {}
func (*stock) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*stock) UnmarshalBinary([]byte) error         { return nil }

// The methods of the embedded ProcessScope[R] are followed through an
// instance of the generic scope, ScheduleDeadline as the API names it.
func ShipThenRemind(s dogma.ProcessEventScope[*order]) { // want ShipThenRemind:`summary param0<ExecuteCommand:\*deadlines.Ship ScheduleDeadline:\*deadlines.Remind ExecuteCommand@48 ScheduleDeadline@49 first-call:ExecuteCommand@48>`
	s.ExecuteCommand(&Ship{})
	s.ScheduleDeadline(&Remind{}, time.Now())
}

// ProcessDeadlineScope is followed as ProcessTimeoutScope was.
func EndThenShip(s dogma.ProcessDeadlineScope[*order]) { // want EndThenShip:`summary param0<ExecuteCommand:\*deadlines.Ship ends@54 ends-always ExecuteCommand@55 cancelled@54-55 first-call:End@54>`
	s.End()
	s.ExecuteCommand(&Ship{})
}

func Record(s dogma.AggregateCommandScope[*stock]) { // want Record:`summary param0<RecordEvent:\*deadlines.Shipped first-call:RecordEvent@59>`
	s.RecordEvent(&Shipped{})
}

// Mutate produces nothing and ends nothing, but like ExecuteCommand it
// panics after End().
func Mutate(s dogma.ProcessEventScope[*order]) { // want Mutate:`summary param0<Mutate@65 first-call:Mutate@65>`
	s.Mutate(func(*order) {})
}

// ProcessScope, the base of both process scopes, is not followed (as on
// v0.15.0, where a scope of another type is not): no fact.
func Base(s dogma.ProcessScope[*order]) {
	s.End()
}
