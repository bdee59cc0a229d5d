package workflow

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/identities"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// ApprovalTimeout is how long a transfer that needs approval may wait for
// it; after that the workflow fails the transfer.
const ApprovalTimeout = 24 * time.Hour

// TransferProcess moves the funds of a transfer: it debits the source
// account, credits the destination account, then completes the transfer.
//
// A transfer that needs approval waits for it first, and fails if it is not
// approved within ApprovalTimeout. A declined debit fails the transfer; a
// declined credit fails it and refunds the source account.
//
// Each transfer is one instance, identified by its transfer ID.
type TransferProcess struct{}

// Configure declares the handler's identity and routes.
func (TransferProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity(identities.TransferWorkflowName, identities.TransferWorkflowKey)

	c.Routes(
		dogma.HandlesEvent[messages.TransferStarted](),
		dogma.HandlesEvent[messages.TransferApproved](),
		dogma.HandlesEvent[messages.AccountDebited](),
		dogma.HandlesEvent[messages.AccountDebitDeclined](),
		dogma.HandlesEvent[messages.AccountCredited](),
		dogma.HandlesEvent[messages.AccountCreditDeclined](),
		dogma.ExecutesCommand[messages.DebitAccount](),
		dogma.ExecutesCommand[messages.CreditAccount](),
		dogma.ExecutesCommand[messages.CompleteTransfer](),
		dogma.ExecutesCommand[messages.FailTransfer](),
		dogma.ExecutesCommand[messages.NotifyCustomer](),
		dogma.SchedulesTimeout[messages.TransferApprovalExpired](),
	)
}

// transferState is the root of a transfer workflow instance.
type transferState struct {
	// started is false in a new instance. An event other than
	// TransferStarted reaching a new instance belongs to a transfer whose
	// workflow has already ended.
	started bool

	awaitingApproval bool
	fromAccountID    string
	toAccountID      string
	amount           int64
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
	case messages.TransferApproved:
		return e.TransferID, true, nil
	case messages.AccountDebited:
		return e.TransferID, e.TransferID != "", nil
	case messages.AccountDebitDeclined:
		return e.TransferID, e.TransferID != "", nil
	case messages.AccountCredited:
		return e.TransferID, e.TransferID != "", nil
	case messages.AccountCreditDeclined:
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

		if !e.RequiresApproval {
			st.debit(s)
			return nil
		}

		st.awaitingApproval = true
		s.ScheduleTimeout(
			messages.TransferApprovalExpired{TransferID: e.TransferID},
			s.RecordedAt().Add(ApprovalTimeout),
		)

	case messages.TransferApproved:
		if !st.started {
			// The approval came after the workflow gave up and ended; the
			// transfer has already failed.
			s.Log("ignoring the approval, the transfer is no longer waiting for it")
			s.End()
			return nil
		}
		st.awaitingApproval = false
		st.debit(s)

	case messages.AccountDebited:
		if !st.started {
			// The debit arrived after the workflow ended, so the funds go
			// straight back.
			s.ExecuteCommand(refund(e.TransferID, e.AccountID, e.Amount))
			s.End()
			return nil
		}
		s.ExecuteCommand(messages.CreditAccount{
			AccountID:     st.toAccountID,
			TransactionID: e.TransferID,
			TransferID:    e.TransferID,
			Amount:        st.amount,
		})

	case messages.AccountDebitDeclined:
		s.ExecuteCommand(messages.FailTransfer{
			TransferID: e.TransferID,
			Reason:     "the source account declined the debit: " + e.Reason,
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

	case messages.AccountCreditDeclined:
		// Only a debited transfer is credited, so the source account
		// gets its funds back.
		if st.started {
			s.ExecuteCommand(refund(e.TransferID, st.fromAccountID, st.amount))
			s.ExecuteCommand(messages.NotifyCustomer{
				AccountID: st.fromAccountID,
				Text:      "your transfer failed and has been refunded: " + e.Reason,
			})
		}
		s.ExecuteCommand(messages.FailTransfer{
			TransferID: e.TransferID,
			Reason:     "the destination account declined the credit: " + e.Reason,
		})
		s.End()

	default:
		panic(dogma.UnexpectedMessage)
	}

	return nil
}

// HandleTimeout fails a transfer that was not approved in time.
func (TransferProcess) HandleTimeout(
	_ context.Context,
	r dogma.ProcessRoot,
	s dogma.ProcessTimeoutScope,
	t dogma.Timeout,
) error {
	st := r.(*transferState)

	switch t := t.(type) {
	case messages.TransferApprovalExpired:
		if !st.awaitingApproval {
			// Approved in time; the workflow ends once the funds have
			// moved.
			return nil
		}

		s.ExecuteCommand(messages.FailTransfer{
			TransferID: t.TransferID,
			Reason:     "the transfer was not approved in time",
		})
		s.ExecuteCommand(messages.NotifyCustomer{
			AccountID: st.fromAccountID,
			Text:      "your transfer was not approved in time and has been cancelled",
		})
		s.End()

	default:
		panic(dogma.UnexpectedMessage)
	}

	return nil
}

// debit executes the command that takes the funds from the source account.
func (st *transferState) debit(s dogma.ProcessEventScope) {
	id := s.InstanceID()
	s.ExecuteCommand(messages.DebitAccount{
		AccountID:     st.fromAccountID,
		TransactionID: id,
		TransferID:    id,
		Amount:        st.amount,
	})
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
