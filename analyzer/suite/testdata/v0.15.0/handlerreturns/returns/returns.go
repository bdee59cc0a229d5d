// Package returns tests new-returns-nil and empty-instance-id on dogma
// v0.15.0, whose roots are dogma.AggregateRoot and dogma.ProcessRoot, with
// look-alikes that must stay silent.
package returns

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type account struct{}

func (*account) ApplyEvent(dogma.Event) {}

type aggregate struct{}

func (aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "9e4c1b2a-6f3d-4a58-8b70-1c2d3e4f5a61")
	c.Routes(
		dogma.HandlesCommand[OpenAccount](),
		dogma.HandlesCommand[CloseAccount](),
		dogma.RecordsEvent[AccountOpened](),
	)
}

func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

// NilRoot returns nil from New and "" for every command.
type NilRoot struct{ aggregate }

func (NilRoot) New() dogma.AggregateRoot {
	return nil // want `NilRoot\.New returns nil, which dogma forbids`
}

func (NilRoot) RouteCommandToInstance(dogma.Command) string {
	return "" // want `NilRoot\.RouteCommandToInstance returns an empty instance ID, which dogma forbids`
}

// NilPointerRoot returns a nil *account, which is nil to the engine too.
type NilPointerRoot struct{ aggregate }

func (NilPointerRoot) New() dogma.AggregateRoot {
	var r *account
	return r // want `NilPointerRoot\.New returns a nil \*account, which dogma forbids`
}

// RouteCommandToInstance returns "" for one routed command only; the
// routes come from the Configure promoted from aggregate.
func (NilPointerRoot) RouteCommandToInstance(m dogma.Command) string {
	id := ""
	switch m := m.(type) {
	case OpenAccount:
		id = m.ID
	case CloseAccount:
	}
	return id // want `returns an empty instance ID for returns\.CloseAccount`
}

// Valid returns a zero-value root and an ID taken from the message: silent.
type Valid struct {
	aggregate
	fallback dogma.AggregateRoot
}

func (Valid) New() dogma.AggregateRoot { return &account{} }

func (Valid) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case OpenAccount:
		return m.ID
	case CloseAccount:
		return m.ID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// FromField returns a value read from the handler: not followed, silent.
type FromField struct{ Valid }

func (h FromField) New() dogma.AggregateRoot { return h.fallback }

// Process is a process whose RouteEventToInstance returns "" with ok true
// for one event and "" with ok false, which ignores the event, for another.
type Process struct {
	dogma.NoTimeoutMessagesBehavior
}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "ae4c1b2a-6f3d-4a58-8b70-1c2d3e4f5a62")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.HandlesEvent[AccountClosed](),
		dogma.ExecutesCommand[CloseAccount](),
	)
}

func (Process) New() dogma.ProcessRoot {
	return nil // want `Process\.New returns nil, which dogma forbids`
}

func (Process) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m.(type) {
	case AccountOpened:
		return "", true, nil // want `Process\.RouteEventToInstance returns an empty instance ID`
	case AccountClosed:
		return "", false, nil // ok false ignores the event: silent
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (Process) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

// Stateless returns dogma.StatelessProcessRoot, not nil: silent.
type Stateless struct{ Process }

func (Stateless) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

func (Stateless) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m := m.(type) {
	case AccountOpened:
		return m.ID, true, nil
	case AccountClosed:
		return m.ID, m.ID != "", nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}
