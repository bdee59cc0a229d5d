// Package cases tests switch-missing-case and switch-dead-case on dogma
// v0.18.0, whose messages use pointer receivers and whose roots are
// dogma.AggregateRoot and dogma.ProcessRoot, with look-alikes that must stay
// silent.
package cases

import (
	"context"
	"errors"

	"github.com/dogmatiq/dogma"
)

type account struct{}

func (*account) AggregateInstanceDescription() string { return "account" }
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

// ApplyEvent may leave out events that do not change the root, and may
// handle events that are no longer routed: silent.
func (*account) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case *AccountOpened:
	case *AccountClosed:
	}
}

// Account routes two commands.
type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "a2b8d4f6-1e3c-4a57-8b9d-0c1e2f3a4b01")
	c.Routes(
		dogma.HandlesCommand[*OpenAccount](),
		dogma.HandlesCommand[*CloseAccount](),
		dogma.RecordsEvent[*AccountOpened](),
	)
}

func (Account) New() dogma.AggregateRoot { return &account{} }

// Every routed command has a case: silent.
func (Account) RouteCommandToInstance(m dogma.Command) string {
	switch m.(type) {
	case *OpenAccount, *CloseAccount:
		return "a"
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (Account) HandleCommand(_ dogma.AggregateRoot, _ dogma.AggregateCommandScope, m dogma.Command) {
	switch m.(type) { // want `type switch in Account\.HandleCommand has no case for routed type \*cases\.CloseAccount, so the message reaches the default and panics with dogma\.UnexpectedMessage: add a case`
	case *OpenAccount:
	default:
		panic(dogma.UnexpectedMessage)
	}
}

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

// Closure is a process whose event switch fails with an error and whose
// timeout switch forgets a routed timeout.
type Closure struct{}

func (Closure) Configure(c dogma.ProcessConfigurer) {
	c.Identity("closure", "b2b8d4f6-1e3c-4a57-8b9d-0c1e2f3a4b02")
	c.Routes(
		dogma.HandlesEvent[*AccountOpened](),
		dogma.HandlesEvent[*AccountClosed](),
		dogma.ExecutesCommand[*CloseAccount](),
		dogma.SchedulesTimeout[*CloseDue](),
	)
}

func (Closure) New() dogma.ProcessRoot { return &closure{} }

func (Closure) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m.(type) { // want `type switch in Closure\.RouteEventToInstance has no case for routed type \*cases\.AccountClosed`
	case *AccountOpened:
		return "c", true, nil
	default:
		return "", false, errors.New("unexpected event")
	}
}

func (Closure) HandleEvent(_ context.Context, _ dogma.ProcessRoot, _ dogma.ProcessEventScope, m dogma.Event) error {
	// A chain of assertions joined by else, failing at the end.
	if _, ok := m.(*AccountOpened); ok { // want `type assertions in Closure\.HandleEvent have no branch for routed type \*cases\.AccountClosed`
		return nil
	} else {
		panic(dogma.UnexpectedMessage)
	}
}

func (Closure) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, _ dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	switch m.(type) { // want `type switch in Closure\.HandleTimeout has no case for routed type \*cases\.CloseDue`
	case *Remind: // want `case \*cases\.Remind in Closure\.HandleTimeout never runs: the handler does not route \*cases\.Remind; route it or remove the case`
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// Report is a projection whose default does nothing: a missing case is not
// a failure, so silent; an interface case may match types it cannot see,
// so it is never dead.
type Report struct {
	dogma.NoCompactBehavior
	dogma.NoResetBehavior
}

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "c2b8d4f6-1e3c-4a57-8b9d-0c1e2f3a4b03")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.HandlesEvent[*AccountClosed]())
}

func (Report) HandleEvent(_ context.Context, s dogma.ProjectionEventScope, m dogma.Event) (uint64, error) {
	switch m.(type) {
	case *AccountOpened:
	case interface{ ClosedAt() string }:
	default:
		return s.Offset() + 1, nil
	}
	return s.Offset() + 1, nil
}

func (Report) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

// Forwarder uses the message outside the switch, so its switch is not the
// whole story: silent.
type Forwarder struct{}

func (Forwarder) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("forwarder", "d2b8d4f6-1e3c-4a57-8b9d-0c1e2f3a4b04")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.HandlesCommand[*CloseAccount]())
}

func (Forwarder) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.Log("forwarding %s", m.MessageDescription())
	switch m.(type) {
	case *OpenAccount:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
