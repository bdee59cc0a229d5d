package workflow

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// TransferTimeout is how long a transfer may take before the workflow fails
// it and refunds any funds already taken from the source account.
const TransferTimeout = 24 * time.Hour

// TransferProcess moves the funds of a transfer: it debits the source
// account, credits the destination account, then completes the transfer. If
// the debit is declined the transfer fails at once; if the transfer does not
// complete within TransferTimeout it fails and any debited funds are
// refunded.
//
// Each transfer is one instance, identified by its transfer ID.
type TransferProcess struct{}

// Configure declares the handler's identity and routes.
func (TransferProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity("transfer-workflow", "7ccc550a-0356-43c7-9eff-03dc0fe2f7c7")

	c.Routes(
		dogma.HandlesEvent[messages.TransferStarted](),
		dogma.HandlesEvent[messages.AccountDebited](),
		dogma.HandlesEvent[messages.AccountDebitDeclined](),
		dogma.HandlesEvent[messages.AccountCredited](),
		dogma.ExecutesCommand[messages.DebitAccount](),
		dogma.ExecutesCommand[messages.CreditAccount](),
		dogma.ExecutesCommand[messages.CompleteTransfer](),
		dogma.ExecutesCommand[messages.FailTransfer](),
		dogma.ExecutesCommand[messages.NotifyCustomer](),
		dogma.SchedulesTimeout[messages.TransferExpired](),
	)
}

// transferState is the root of a transfer workflow instance.
type transferState struct {
	started       bool
	fromAccountID string
	toAccountID   string
	amount        int64

	// debited is true once the funds have left the source account, so the
	// workflow knows whether an expired transfer needs a refund.
	debited bool
}

// New returns the state of a transfer workflow that has not started.
//
// SCOPE DEFECT: dogma says the return value MUST NOT be nil.
func (TransferProcess) New() dogma.ProcessRoot {
	return nil // defect: new-returns-nil
}

// RouteEventToInstance returns the transfer the event belongs to. Debits and
// credits that are not part of a transfer (withdrawals, deposits, refunds)
// are ignored.
func (TransferProcess) RouteEventToInstance(
	_ context.Context,
	e dogma.Event,
) (string, bool, error) {
	switch e := e.(type) {
	case messages.TransferStarted:
		return e.TransferID, true, nil
	case messages.AccountDebited:
		return e.TransferID, e.TransferID != "", nil
	case messages.AccountDebitDeclined:
		return e.TransferID, e.TransferID != "", nil
	case messages.AccountCredited:
		return e.TransferID, e.TransferID != "", nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// HandleEvent advances the transfer.
func (TransferProcess) HandleEvent(
	_ context.Context,
	r dogma.ProcessRoot,
	s dogma.ProcessEventScope,
	e dogma.Event,
) error {
	st := r.(*transferState)

	switch e := e.(type) {
	case messages.TransferStarted:
		st.started = true
		st.fromAccountID = e.FromAccountID
		st.toAccountID = e.ToAccountID
		st.amount = e.Amount

		s.ExecuteCommand(messages.DebitAccount{
			AccountID:     e.FromAccountID,
			TransactionID: e.TransferID,
			TransferID:    e.TransferID,
			Amount:        e.Amount,
		})
		s.ScheduleTimeout(
			messages.TransferExpired{TransferID: e.TransferID},
			s.RecordedAt().Add(TransferTimeout),
		)

	case messages.AccountDebited:
		if !st.started {
			// The transfer already ended (it expired) before the debit was
			// made, so the funds go straight back.
			s.ExecuteCommand(refund(s.InstanceID(), e.AccountID, e.Amount))
			s.End()
			return nil
		}

		st.debited = true
		s.ExecuteCommand(messages.CreditAccount{
			AccountID:     st.toAccountID,
			TransactionID: e.TransferID,
			TransferID:    e.TransferID,
			Amount:        st.amount,
		})

	case messages.AccountDebitDeclined:
		s.ExecuteCommand(messages.FailTransfer{
			TransferID: e.TransferID,
			Reason:     e.Reason,
		})
		s.ExecuteCommand(messages.NotifyCustomer{
			AccountID: e.AccountID,
			Text:      "your transfer was declined: " + e.Reason,
		})
		s.End()

	case messages.AccountCredited:
		s.ExecuteCommand(messages.CompleteTransfer{
			TransferID: e.TransferID,
		})
		s.End()

	default:
		panic(dogma.UnexpectedMessage)
	}

	return nil
}

// HandleTimeout fails a transfer that did not complete in time. Completed and
// failed transfers have already ended, and ending a process cancels its
// timeouts, so an expiry always concerns an unfinished transfer.
func (TransferProcess) HandleTimeout(
	_ context.Context,
	r dogma.ProcessRoot,
	s dogma.ProcessTimeoutScope,
	t dogma.Timeout,
) error {
	st := r.(*transferState)

	switch t := t.(type) {
	case messages.TransferExpired:
		if st.debited {
			s.ExecuteCommand(refund(t.TransferID, st.fromAccountID, st.amount))
		}
		s.ExecuteCommand(messages.FailTransfer{
			TransferID: t.TransferID,
			Reason:     "the transfer did not complete in time",
		})
		s.ExecuteCommand(messages.NotifyCustomer{
			AccountID: st.fromAccountID,
			Text:      "your transfer expired; any funds taken have been returned",
		})
		s.End()

	default:
		panic(dogma.UnexpectedMessage)
	}

	return nil
}

// refund returns the command that gives debited funds back to the source
// account. It carries no transfer ID so this workflow ignores the resulting
// credit.
func refund(transferID, accountID string, amount int64) messages.CreditAccount {
	return messages.CreditAccount{
		AccountID:     accountID,
		TransactionID: transferID + "/refund",
		Amount:        amount,
	}
}
