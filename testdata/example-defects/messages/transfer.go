package messages

import (
	"errors"
	"fmt"

	"github.com/dogmatiq/dogma"
)

// StartTransfer is a command that moves funds from one account to another.
type StartTransfer struct {
	TransferID    string
	FromAccountID string
	ToAccountID   string
	Amount        int64
}

// MessageDescription returns a human-readable description of the message.
func (m StartTransfer) MessageDescription() string {
	return fmt.Sprintf("start transfer %s of %s from account %s to account %s", m.TransferID, formatAmount(m.Amount), m.FromAccountID, m.ToAccountID)
}

// Validate returns an error if the command is malformed.
func (m StartTransfer) Validate(dogma.CommandValidationScope) error {
	if err := firstError(
		mustBeSet("transfer ID", m.TransferID),
		mustBeSet("source account ID", m.FromAccountID),
		mustBeSet("destination account ID", m.ToAccountID),
		mustBePositive("amount", m.Amount),
	); err != nil {
		return err
	}
	if m.FromAccountID == m.ToAccountID {
		return errors.New("source and destination accounts must differ")
	}
	return nil
}

// ApproveTransfer is a command that approves a transfer that needs
// approval. Someone other than the account holder, such as a bank officer,
// issues it.
type ApproveTransfer struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m ApproveTransfer) MessageDescription() string {
	return fmt.Sprintf("approve transfer %s", m.TransferID)
}

// Validate returns an error if the command is malformed.
func (m ApproveTransfer) Validate(dogma.CommandValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}

// CompleteTransfer is a command that marks a transfer as completed once the
// funds have arrived.
type CompleteTransfer struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m CompleteTransfer) MessageDescription() string {
	return fmt.Sprintf("complete transfer %s", m.TransferID)
}

// Validate returns an error if the command is malformed.
func (m CompleteTransfer) Validate(dogma.CommandValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}

// FailTransfer is a command that marks a transfer as failed.
type FailTransfer struct {
	TransferID string
	Reason     string
}

// MessageDescription returns a human-readable description of the message.
func (m FailTransfer) MessageDescription() string {
	return fmt.Sprintf("fail transfer %s: %s", m.TransferID, m.Reason)
}

// Validate returns an error if the command is malformed.
func (m FailTransfer) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("transfer ID", m.TransferID),
		mustBeSet("reason", m.Reason),
	)
}

// TransferStarted is an event recorded when a transfer begins.
type TransferStarted struct {
	TransferID    string
	FromAccountID string
	ToAccountID   string
	Amount        int64

	// RequiresApproval is true when no funds may move until the transfer
	// is approved.
	RequiresApproval bool
}

// MessageDescription returns a human-readable description of the message.
func (m TransferStarted) MessageDescription() string {
	approval := ""
	if m.RequiresApproval {
		approval = ", awaiting approval"
	}
	return fmt.Sprintf("transfer %s of %s from account %s to account %s started%s", m.TransferID, formatAmount(m.Amount), m.FromAccountID, m.ToAccountID, approval)
}

// Validate returns an error if the event is malformed.
func (m TransferStarted) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("transfer ID", m.TransferID),
		mustBeSet("source account ID", m.FromAccountID),
		mustBeSet("destination account ID", m.ToAccountID),
		mustBePositive("amount", m.Amount),
	)
}

// TransferApproved is an event recorded when a transfer that needs approval
// has been approved.
type TransferApproved struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m TransferApproved) MessageDescription() string {
	return fmt.Sprintf("transfer %s approved", m.TransferID)
}

// Validate returns an error if the event is malformed.
func (m TransferApproved) Validate(dogma.EventValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}

// TransferCompleted is an event recorded when a transfer has completed.
type TransferCompleted struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m TransferCompleted) MessageDescription() string {
	return fmt.Sprintf("transfer %s completed", m.TransferID)
}

// Validate returns an error if the event is malformed.
func (m TransferCompleted) Validate(dogma.EventValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}

// TransferFailed is an event recorded when a transfer has failed.
type TransferFailed struct {
	TransferID string
	Reason     string
}

// MessageDescription returns a human-readable description of the message.
func (m TransferFailed) MessageDescription() string {
	return fmt.Sprintf("transfer %s failed: %s", m.TransferID, m.Reason)
}

// Validate returns an error if the event is malformed.
func (m TransferFailed) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("transfer ID", m.TransferID),
		mustBeSet("reason", m.Reason),
	)
}

// TransferApprovalExpired is a timeout that fires when a transfer that needs
// approval has not been approved by its deadline.
type TransferApprovalExpired struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m TransferApprovalExpired) MessageDescription() string {
	return fmt.Sprintf("approval of transfer %s expired", m.TransferID)
}

// Validate returns an error if the timeout is malformed.
func (m TransferApprovalExpired) Validate(dogma.TimeoutValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}
