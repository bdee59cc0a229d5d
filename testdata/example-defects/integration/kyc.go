package integration

import (
	"context"
	"strings"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// KYCHandler screens new customers ("know your customer") when an account is
// opened.
//
// CONFIGURATION DEFECTS: the key is not a UUID, and the handler handles
// messages.OpenAccount, which the account aggregate already handles; it
// should react to messages.AccountOpened in a process instead.
type KYCHandler struct{}

// Configure declares the handler's identity and routes.
func (KYCHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("kyc", "kyc-screening") // defect: identity-key

	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
	)
}

// HandleCommand screens the customer's name. It only logs: screening results
// go to the compliance team, not into the bank's event history.
func (KYCHandler) HandleCommand(
	_ context.Context,
	s dogma.IntegrationCommandScope,
	m dogma.Command,
) error {
	switch m := m.(type) {
	case messages.OpenAccount:
		if strings.Contains(strings.ToLower(m.CustomerName), "sanctioned") {
			s.Log("customer %q of account %s needs a manual review", m.CustomerName, m.AccountID)
		}
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
