package workflow

import (
	"context"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/identities"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// DepositProcess credits an account once the payment gateway has captured a
// card payment, and tells the customer when the gateway declines one.
//
// It keeps no state and schedules no timeouts; the embedded dogma behaviours
// provide New and HandleTimeout. The application registers it by pointer.
type DepositProcess struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

// NewDepositProcess returns the deposit workflow.
func NewDepositProcess() *DepositProcess {
	return &DepositProcess{}
}

// Configure declares the handler's identity, kept in package identities, and
// its routes.
func (*DepositProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity(identities.DepositWorkflowName, identities.DepositWorkflowKey)

	c.Routes(
		dogma.HandlesEvent[messages.CardPaymentCaptured](),
		dogma.HandlesEvent[messages.CardPaymentDeclined](),
		dogma.ExecutesCommand[messages.CreditAccount](),
		dogma.ExecutesCommand[messages.NotifyCustomer](),
	)
}

// RouteEventToInstance returns the payment the event belongs to.
func (*DepositProcess) RouteEventToInstance(
	_ context.Context,
	e dogma.Event,
) (string, bool, error) {
	switch e := e.(type) {
	case messages.CardPaymentCaptured:
		return e.PaymentID, true, nil
	case messages.CardPaymentDeclined:
		return e.PaymentID, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// HandleEvent finishes a deposit in one step, so every instance ends after
// its only event.
func (*DepositProcess) HandleEvent(
	_ context.Context,
	_ dogma.ProcessRoot,
	s dogma.ProcessEventScope,
	e dogma.Event,
) error {
	switch e := e.(type) {
	case messages.CardPaymentCaptured:
		// SCOPE DEFECT: End() comes before ExecuteCommand, and executing a
		// command cancels a prior End(), so the instance never ends.
		s.End()
		s.ExecuteCommand(messages.CreditAccount{ // defect: end-cancelled
			AccountID:     e.AccountID,
			TransactionID: e.PaymentID,
			Amount:        e.Amount,
		})

	case messages.CardPaymentDeclined:
		s.ExecuteCommand(messages.NotifyCustomer{
			AccountID: e.AccountID,
			Text:      "your card deposit was declined: " + e.Reason,
		})
		s.End()

	default:
		panic(dogma.UnexpectedMessage)
	}

	return nil
}
