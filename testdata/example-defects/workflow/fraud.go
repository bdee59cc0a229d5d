package workflow

import (
	"context"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// largeDebit is the amount, in cents, from which FraudWatch logs a debit.
const largeDebit = 1_000_000

// FraudWatch logs unusually large debits.
//
// CONFIGURATION DEFECTS: a process must execute at least one command (this
// one only logs; it should be a projection), and its name is already used by
// the account aggregate.
type FraudWatch struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

// Configure declares the handler's identity and routes.
func (FraudWatch) Configure(c dogma.ProcessConfigurer) { // defect: missing-executes-command
	c.Identity("account", "6d8fade8-28ae-4646-9588-228472895032")

	c.Routes(
		dogma.HandlesEvent[messages.AccountDebited](),
	)
}

// RouteEventToInstance returns the debited account.
func (FraudWatch) RouteEventToInstance(
	_ context.Context,
	e dogma.Event,
) (string, bool, error) {
	switch e := e.(type) {
	case messages.AccountDebited:
		return e.AccountID, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// HandleEvent logs large debits.
func (FraudWatch) HandleEvent(
	_ context.Context,
	_ dogma.ProcessRoot,
	s dogma.ProcessEventScope,
	e dogma.Event,
) error {
	switch e := e.(type) {
	case messages.AccountDebited:
		if e.Amount >= largeDebit {
			s.Log("large debit of %d from account %s", e.Amount, e.AccountID)
		}
		s.End()
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
