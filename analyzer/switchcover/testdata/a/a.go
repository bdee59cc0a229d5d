package a

import (
	"context"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

type root struct{ open bool }

// ApplyEvent ignores Closed, which does not change the root: without a
// default that fails, a root may leave out events it records.
func (r *root) ApplyEvent(m dogma.Event) {
	switch m.(type) {
	case messages.Opened:
		r.open = true
	case messages.Renamed: // historical: not a dead case
	}
}

type account struct{}

func (account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Open](),
		dogma.HandlesCommand[messages.Close](),
		dogma.HandlesCommand[messages.Freeze](),
		dogma.RecordsEvent[messages.Opened](),
		dogma.RecordsEvent[messages.Closed](),
	)
}

func (account) New() dogma.AggregateRoot { return &root{} }

func (account) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) { // want `type switch in account.RouteCommandToInstance has no case for routed type messages.Freeze, so the message reaches the default and panics with dogma.UnexpectedMessage: add a case`
	case messages.Identified: // an interface case covers Open and Close
		return m.Key()
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (account) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	switch m := m.(type) { // want `type switch in account.HandleCommand has no case for routed types messages.Close, messages.Freeze, so the message reaches the default`
	case messages.Open:
		s.RecordEvent(messages.Opened{ID: m.ID})
	case *messages.Open: // want `case \*messages.Open in account.HandleCommand never runs: the handler routes messages.Open, a different type to the engine; change the case to messages.Open`
	case messages.Legacy: // want `case messages.Legacy in account.HandleCommand never runs: the handler does not route messages.Legacy; route it or remove the case`
	default:
		panic(dogma.UnexpectedMessage)
	}
}

type process struct{ dogma.StatelessProcessBehavior }

func (process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "6195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesEvent[messages.Opened](),
		dogma.HandlesEvent[messages.Closed](),
		dogma.ExecutesCommand[messages.Close](),
		dogma.SchedulesTimeout[messages.Remind](),
	)
}

func (process) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m := m.(type) { // want `type switch in process.RouteEventToInstance has no case for routed type messages.Closed, so the message is silently ignored: add a case`
	case messages.Opened:
		return m.ID, true, nil
	}
	return "", false, nil
}

func (process) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	// A default that does something covers the rest.
	switch m.(type) {
	case messages.Opened:
	default:
		return nil
	}
	return nil
}

func (process) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	switch m.(type) {
	case messages.Remind:
	}
	return nil
}

// pointerCase has only the wrong pointer-ness: the fix changes the case.
type pointerCase struct{}

func (pointerCase) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("pointer-case", "c195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[*messages.Close]())
}

func (pointerCase) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) { // want `type switch in pointerCase.HandleCommand has no case for routed type \*messages.Close`
	case messages.Close: // want `case messages.Close in pointerCase.HandleCommand never runs: the handler routes \*messages.Close`
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
