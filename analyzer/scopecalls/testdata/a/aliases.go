package a

import (
	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

type (
	// opened is messages.AccountOpened under another name: the same type.
	opened = messages.AccountOpened
	// openedPtr spells a pointer through an alias.
	openedPtr = *opened
)

// ownOpened is a defined type of its own, not an alias.
type ownOpened messages.AccountOpened

func (ownOpened) MessageDescription() string                { return "own" }
func (ownOpened) Validate(dogma.EventValidationScope) error { return nil }

// aliasAggregate routes an event through its alias and records it under
// both names.
type aliasAggregate struct{}

func (aliasAggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("alias-aggregate", "4d0e3f5e-2a6c-4c57-9a49-7c1d2f7b8e10")
	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.RecordsEvent[opened](),
	)
}

func (aliasAggregate) New() dogma.AggregateRoot                      { return &root{} }
func (aliasAggregate) RouteCommandToInstance(m dogma.Command) string { return "x" }
func (aliasAggregate) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	s.RecordEvent(opened{})
	s.RecordEvent(messages.AccountOpened{})
	s.RecordEvent(&opened{})      // want `aliasAggregate.HandleCommand records event \*messages.AccountOpened, but it routes messages.AccountOpened, a different type to the engine: pass a messages.AccountOpened`
	s.RecordEvent(openedPtr(nil)) // want `records event \*messages.AccountOpened, but it routes messages.AccountOpened`
	s.RecordEvent(ownOpened{})    // want `aliasAggregate.HandleCommand records event a.ownOpened, which it does not route`
}

// originalAggregate routes the original and records the alias.
type originalAggregate struct{}

func (originalAggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("original-aggregate", "5d0e3f5e-2a6c-4c57-9a49-7c1d2f7b8e10")
	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
	)
}

func (originalAggregate) New() dogma.AggregateRoot                      { return &root{} }
func (originalAggregate) RouteCommandToInstance(m dogma.Command) string { return "x" }
func (originalAggregate) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	s.RecordEvent(opened{})
}
