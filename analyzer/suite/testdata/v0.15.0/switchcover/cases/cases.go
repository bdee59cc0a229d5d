// Package cases tests switch-missing-case and switch-dead-case on dogma
// v0.15.0, whose messages use value receivers, with look-alikes that must
// stay silent.
package cases

import (
	"context"
	"errors"

	"github.com/dogmatiq/dogma"
)

type account struct{}

// ApplyEvent may leave out events that do not change the root, and may
// handle events that are no longer routed: silent.
func (*account) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case AccountOpened:
	case AccountClosed:
	}
}

// Account routes two commands.
type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "5d0b7a1e-8c3f-4b27-9e61-0a4f2c7d3b11")
	c.Routes(
		dogma.HandlesCommand[OpenAccount](),
		dogma.HandlesCommand[CloseAccount](),
		dogma.RecordsEvent[AccountOpened](),
	)
}

func (Account) New() dogma.AggregateRoot { return &account{} }

// Every routed command has a case: silent.
func (Account) RouteCommandToInstance(m dogma.Command) string {
	switch m.(type) {
	case OpenAccount, CloseAccount:
		return "a"
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (Account) HandleCommand(_ dogma.AggregateRoot, _ dogma.AggregateCommandScope, m dogma.Command) {
	switch m.(type) { // want `type switch in Account\.HandleCommand has no case for routed type cases\.CloseAccount, so the message reaches the default and panics with dogma\.UnexpectedMessage: add a case`
	case OpenAccount:
	case *OpenAccount: // want `case \*cases\.OpenAccount in Account\.HandleCommand never runs: the handler routes cases\.OpenAccount, a different type to the engine; change the case to cases\.OpenAccount`
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// Closure is a process whose event switch fails with an error and whose
// timeout switch forgets a routed timeout.
type Closure struct{}

func (Closure) Configure(c dogma.ProcessConfigurer) {
	c.Identity("closure", "6d0b7a1e-8c3f-4b27-9e61-0a4f2c7d3b12")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.HandlesEvent[AccountClosed](),
		dogma.ExecutesCommand[CloseAccount](),
		dogma.SchedulesTimeout[CloseDue](),
		dogma.SchedulesTimeout[Remind](),
	)
}

func (Closure) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

func (Closure) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m.(type) { // want `type switch in Closure\.RouteEventToInstance has no case for routed type cases\.AccountClosed`
	case AccountOpened:
		return "c", true, nil
	default:
		return "", false, errors.New("unexpected event")
	}
}

func (Closure) HandleEvent(_ context.Context, _ dogma.ProcessRoot, _ dogma.ProcessEventScope, m dogma.Event) error {
	// A chain of assertions joined by else, failing at the end.
	if _, ok := m.(AccountOpened); ok { // want `type assertions in Closure\.HandleEvent have no branch for routed type cases\.AccountClosed`
		return nil
	} else {
		panic(dogma.UnexpectedMessage)
	}
}

func (Closure) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, _ dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	switch m.(type) { // want `type switch in Closure\.HandleTimeout has no case for routed type cases\.Remind`
	case CloseDue:
	case *CloseDue: // want `case \*cases\.CloseDue in Closure\.HandleTimeout never runs`
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
}

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "7d0b7a1e-8c3f-4b27-9e61-0a4f2c7d3b13")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.HandlesEvent[AccountClosed]())
}

func (Report) HandleEvent(_ context.Context, _, _, _ []byte, _ dogma.ProjectionEventScope, m dogma.Event) (bool, error) {
	switch m.(type) {
	case AccountOpened:
	case interface{ ClosedAt() string }:
	default:
		return true, nil
	}
	return true, nil
}

func (Report) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (Report) CloseResource(context.Context, []byte) error             { return nil }

// Forwarder uses the message outside the switch, so its switch is not the
// whole story: silent.
type Forwarder struct{}

func (Forwarder) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("forwarder", "8d0b7a1e-8c3f-4b27-9e61-0a4f2c7d3b14")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.HandlesCommand[CloseAccount]())
}

func (Forwarder) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.Log("forwarding %s", m.MessageDescription())
	switch m.(type) {
	case OpenAccount:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
