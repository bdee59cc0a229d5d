package integration

import (
	"context"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// CoreBankingMirror imports accounts from the legacy core banking system.
//
// CONFIGURATION DEFECTS: Identity is called twice (a copy-and-paste slip),
// and the handler records messages.AccountOpened, which the account
// aggregate already records; it should execute OpenAccount through a process
// instead.
type CoreBankingMirror struct{}

// Configure declares the handler's identity and routes.
func (CoreBankingMirror) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("core-banking-mirror", "a87c95ee-034b-43d6-9d86-dd2ef19576d5")
	c.Identity("core-banking-mirror", "a87c95ee-034b-43d6-9d86-dd2ef19576d5") // defect: identity-multiple

	c.Routes(
		dogma.HandlesCommand[messages.ImportAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
	)
}

// HandleCommand records the imported account as opened.
func (CoreBankingMirror) HandleCommand(
	_ context.Context,
	s dogma.IntegrationCommandScope,
	m dogma.Command,
) error {
	switch m := m.(type) {
	case messages.ImportAccount:
		s.RecordEvent(messages.AccountOpened{
			AccountID:    m.AccountID,
			CustomerName: m.CustomerName,
		})
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
