package a

import (
	"context"

	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

// configOnly declares a configuration that embedding handlers share.
type configOnly struct{}

func (configOnly) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("shared", "c07e14e6-8f5f-4d82-a199-5f4fa052ad46")
	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
	)
}

// embedding gets Configure from configOnly: its routes are configOnly's.
type embedding struct{ configOnly }

func (embedding) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.RecordEvent(messages.AccountOpened{})
	s.RecordEvent(nil)                      // nil has no message type to check
	s.RecordEvent(messages.AccountClosed{}) // want `embedding.HandleCommand records event messages.AccountClosed, which it does not route`
	return nil
}
