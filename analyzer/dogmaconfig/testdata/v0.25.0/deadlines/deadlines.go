// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprocess deadlines.Order identity<"order"/"5195fe85-eb3f-4121-84b0-be72cbc5722f"> routes<HandlesEvent:\*deadlines.Started ExecutesCommand:\*deadlines.Ship SchedulesTimeout:\*deadlines.Remind>(\n[^\n]*)*\}$`
// Package deadlines checks extraction on dogma v0.25.0: route functions
// that return interfaces, SchedulesDeadline, and a handler generic over its
// root.
package deadlines

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{}

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

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

type root struct{}

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type Order struct {
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (Order) Configure(c dogma.ProcessConfigurer) {
	c.Identity("order", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.ExecutesCommand[*Ship](),
		dogma.SchedulesDeadline[*Remind](),
	)
}

func (Order) New() *root { return &root{} }

func (Order) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (Order) HandleEvent(context.Context, *root, dogma.ProcessEventScope[*root], dogma.Event) error {
	return nil
}
