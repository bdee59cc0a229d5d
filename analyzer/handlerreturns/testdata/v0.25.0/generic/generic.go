// Package generic checks handlerreturns on dogma v0.25.0, whose aggregate
// and process handlers are generic over their root.
package generic

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Open struct{ ID string }

func (*Open) MessageDescription() string                  { return "open" }
func (*Open) Validate(dogma.CommandValidationScope) error { return nil }
func (*Open) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Open) UnmarshalBinary([]byte) error                { return nil }

type Opened struct{ ID string }

func (*Opened) MessageDescription() string                { return "opened" }
func (*Opened) Validate(dogma.EventValidationScope) error { return nil }
func (*Opened) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Opened) UnmarshalBinary([]byte) error              { return nil }

type account struct{}

func (*account) AggregateInstanceDescription() string { return "" }
func (*account) ApplyEvent(dogma.Event)               {}
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[*Open](), dogma.RecordsEvent[*Opened]())
}

func (Account) New() *account {
	return nil // want `Account.New returns a nil \*account, which dogma forbids: return a pointer to a zero value instead`
}

func (Account) RouteCommandToInstance(dogma.Command) string {
	return "" // want `Account.RouteCommandToInstance returns an empty instance ID, which dogma forbids`
}

func (Account) HandleCommand(*account, dogma.AggregateCommandScope[*account], dogma.Command) {}

type workflow struct{}

func (*workflow) ProcessInstanceDescription(bool) string { return "" }
func (*workflow) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*workflow) UnmarshalBinary([]byte) error           { return nil }

// Workflow returns valid values: a look-alike that stays silent.
type Workflow struct {
	dogma.NoDeadlineMessagesBehavior[*workflow]
}

func (Workflow) Configure(c dogma.ProcessConfigurer) {
	c.Identity("workflow", "6195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[*Opened]())
}

func (Workflow) New() *workflow { return &workflow{} }

func (Workflow) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	return e.(*Opened).ID, true, nil
}

func (Workflow) HandleEvent(context.Context, *workflow, dogma.ProcessEventScope[*workflow], dogma.Event) error {
	return nil
}
