// Package bank has one finding of each fixable handler-code rule.
package bank

import "github.com/dogmatiq/dogma"

type Open struct{ ID string }

func (Open) MessageDescription() string                  { return "open" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Close struct{ ID string }

func (Close) MessageDescription() string                  { return "close" }
func (Close) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type Closed struct{ ID string }

func (Closed) MessageDescription() string                { return "closed" }
func (Closed) Validate(dogma.EventValidationScope) error { return nil }

type account struct{ open bool }

func (a *account) ApplyEvent(m dogma.Event) {
	switch m.(type) {
	case Opened:
		a.open = true
	}
}

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[Open](),
		dogma.HandlesCommand[Close](),
		dogma.RecordsEvent[Opened](),
		dogma.RecordsEvent[Closed](),
	)
}

func (AccountHandler) New() dogma.AggregateRoot {
	return (*account)(nil)
}

func (AccountHandler) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case Open:
		return m.ID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (AccountHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	switch m := m.(type) {
	case Open:
		s.RecordEvent(&Opened{ID: m.ID})
	case Close:
		s.RecordEvent(Closed{ID: m.ID}) //dogmavet:ignore scope-unrouted-message left over from the migration
	default:
		panic(dogma.UnexpectedMessage)
	}
}
