// Package returns tests new-returns-nil and empty-instance-id on dogma
// v0.19.0, whose roots are dogma.AggregateRoot and dogma.ProcessRoot, with
// look-alikes that must stay silent.
package returns

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type account struct{}

func (*account) AggregateInstanceDescription() string { return "account" }
func (*account) ApplyEvent(dogma.Event)               {}
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

type aggregate struct{}

func (aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "e3c9e5a7-2f4d-4b68-9cae-1d2f3a4b5c01")
	c.Routes(
		dogma.HandlesCommand[*OpenAccount](),
		dogma.HandlesCommand[*CloseAccount](),
		dogma.RecordsEvent[*AccountOpened](),
	)
}

func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

// NilRoot returns a nil *account from New and "" for every command.
type NilRoot struct{ aggregate }

func (NilRoot) New() dogma.AggregateRoot {
	return nil // want `NilRoot\.New returns nil, which dogma forbids: return a root value, such as a pointer to a zero-value root`
}

func (NilRoot) RouteCommandToInstance(dogma.Command) string {
	return "" // want `NilRoot\.RouteCommandToInstance returns an empty instance ID, which dogma forbids`
}

// NilVariable returns a variable that is nil on every path.
type NilVariable struct{ aggregate }

func (NilVariable) New() dogma.AggregateRoot {
	var r *account
	return r // want `NilVariable\.New returns a nil \*account`
}

// RouteCommandToInstance returns "" for one routed command only; the
// routes come from the Configure promoted from aggregate.
func (NilVariable) RouteCommandToInstance(m dogma.Command) string {
	id := ""
	switch m := m.(type) {
	case *OpenAccount:
		id = m.ID
	case *CloseAccount:
	}
	return id // want `NilVariable\.RouteCommandToInstance returns an empty instance ID for \*returns\.CloseAccount`
}

// Valid returns a zero-value root and an ID taken from the message: silent.
type Valid struct {
	aggregate
	fallback dogma.AggregateRoot
}

func (Valid) New() dogma.AggregateRoot { return &account{} }

func (Valid) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case *OpenAccount:
		return m.ID
	case *CloseAccount:
		return m.ID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// FromField returns a value read from the handler: not followed, silent.
type FromField struct{ Valid }

func (h FromField) New() dogma.AggregateRoot { return h.fallback }

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

// Process is a process whose RouteEventToInstance returns "" with ok true
// for one event and "" with ok false, which ignores the event, for another.
type Process struct {
	dogma.NoTimeoutMessagesBehavior
}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "f3c9e5a7-2f4d-4b68-9cae-1d2f3a4b5c02")
	c.Routes(
		dogma.HandlesEvent[*AccountOpened](),
		dogma.HandlesEvent[*AccountClosed](),
		dogma.ExecutesCommand[*CloseAccount](),
	)
}

func (Process) New() dogma.ProcessRoot {
	return nil // want `Process\.New returns nil, which dogma forbids`
}

func (Process) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m.(type) {
	case *AccountOpened:
		return "", true, nil // want `Process\.RouteEventToInstance returns an empty instance ID with ok true`
	case *AccountClosed:
		return "", false, nil // ok false ignores the event: silent
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (Process) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

// Stateless takes New from dogma.StatelessProcessBehavior, which returns a
// non-nil root: silent.
type Stateless struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (Stateless) Configure(c dogma.ProcessConfigurer) {
	c.Identity("stateless", "03c9e5a7-2f4d-4b68-9cae-1d2f3a4b5c03")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount]())
}

func (Stateless) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m := m.(type) {
	case *AccountOpened:
		return m.ID, m.ID != "", nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (Stateless) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}
