package domain

import (
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// ApprovalThreshold is the amount, in cents, from which a transfer needs
// approval before any funds move.
const ApprovalThreshold = 1_000_00

// The transfer handler's identity, as named constants.
const (
	transferHandlerName = "transfer"
	transferHandlerKey  = "f4599e3e-0dcf-463c-985f-061fa07848e5"
)

// TransferHandler is the aggregate message handler for transfers between
// accounts. It records the life cycle of a transfer; the workflow package
// moves the funds.
//
// The application registers it by pointer; its methods use value receivers,
// which a pointer also has.
type TransferHandler struct{}

// Configure declares the handler's identity and routes, with the commands and
// the events in separate Routes calls.
func (TransferHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity(transferHandlerName, transferHandlerKey)

	c.Routes(
		dogma.HandlesCommand[messages.StartTransfer](),
		dogma.HandlesCommand[messages.ApproveTransfer](),
		dogma.HandlesCommand[messages.CompleteTransfer](),
		dogma.HandlesCommand[messages.FailTransfer](),
	)

	c.Routes(
		dogma.RecordsEvent[messages.TransferStarted](),
		dogma.RecordsEvent[messages.TransferApproved](),
		dogma.RecordsEvent[messages.TransferCompleted](),
		dogma.RecordsEvent[messages.TransferFailed](),
	)
}

// New returns the initial state of a transfer: not yet started.
func (TransferHandler) New() dogma.AggregateRoot {
	return &transfer{}
}

// RouteCommandToInstance returns the transfer ID the command targets.
func (TransferHandler) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case messages.StartTransfer:
		return m.TransferID
	case messages.ApproveTransfer:
		return m.TransferID
	case messages.CompleteTransfer:
		// SCOPE DEFECT: this case forgets to return m.TransferID and falls
		// out of the switch to the empty instance ID below.
	case messages.FailTransfer:
		return m.TransferID
	}

	return "" // defect: empty-instance-id
}

// HandleCommand records the transfer's progress. Every command is idempotent:
// a transfer starts once, is approved at most once and finishes once.
//
// This copy carries two scope defects; see the comments below.
func (TransferHandler) HandleCommand(
	r dogma.AggregateRoot,
	s dogma.AggregateCommandScope,
	m dogma.Command,
) {
	t := r.(*transfer)

	// SCOPE DEFECT: the switch has no case for messages.FailTransfer, which
	// Configure routes, so every failed transfer panics with
	// dogma.UnexpectedMessage.
	switch m := m.(type) { // defect: switch-missing-case
	case messages.StartTransfer:
		if t.started {
			s.Log("transfer has already started")
			return
		}
		s.RecordEvent(messages.TransferStarted{
			TransferID:       m.TransferID,
			FromAccountID:    m.FromAccountID,
			ToAccountID:      m.ToAccountID,
			Amount:           m.Amount,
			RequiresApproval: m.Amount >= ApprovalThreshold,
		})

	case messages.ApproveTransfer:
		if !t.canApprove(s) {
			return
		}
		s.RecordEvent(messages.TransferApproved{
			TransferID: m.TransferID,
		})

	case messages.CompleteTransfer:
		if !t.canFinish(s) {
			return
		}
		s.RecordEvent(messages.TransferCompleted{
			TransferID: m.TransferID,
		})

	default:
		panic(dogma.UnexpectedMessage)
	}
}

// transfer is the root of a transfer instance.
type transfer struct {
	started       bool
	needsApproval bool
	approved      bool
	finished      bool
}

// canApprove reports whether the transfer may be approved now, logging why
// not.
func (t *transfer) canApprove(s dogma.AggregateCommandScope) bool {
	switch {
	case !t.started:
		s.Log("transfer has not started")
		return false
	case t.finished:
		s.Log("transfer has already finished")
		return false
	case !t.needsApproval:
		s.Log("transfer does not need approval")
		return false
	case t.approved:
		s.Log("transfer has already been approved")
		return false
	default:
		return true
	}
}

// canFinish reports whether the transfer may complete or fail now, logging
// why not.
func (t *transfer) canFinish(s dogma.AggregateCommandScope) bool {
	switch {
	case !t.started:
		s.Log("transfer has not started")
		return false
	case t.finished:
		s.Log("transfer has already finished")
		return false
	default:
		return true
	}
}

// ApplyEvent updates the transfer's state. It handles every event the
// handler records.
func (t *transfer) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case messages.TransferStarted:
		t.started = true
		t.needsApproval = e.RequiresApproval
	case messages.TransferApproved:
		t.approved = true
	case messages.TransferCompleted, messages.TransferFailed:
		t.finished = true
	default:
		panic(dogma.UnexpectedMessage)
	}
}
