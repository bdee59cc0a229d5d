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
}

// MessageDescription returns a human-readable description of the message.
func (m TransferStarted) MessageDescription() string {
	return fmt.Sprintf("transfer %s of %s from account %s to account %s started", m.TransferID, formatAmount(m.Amount), m.FromAccountID, m.ToAccountID)
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

// TransferExpired is a timeout that fires when a transfer has not completed
// within its deadline.
type TransferExpired struct {
	TransferID string
}

// MessageDescription returns a human-readable description of the message.
func (m TransferExpired) MessageDescription() string {
	return fmt.Sprintf("transfer %s expired", m.TransferID)
}

// Validate returns an error if the timeout is malformed.
func (m TransferExpired) Validate(dogma.TimeoutValidationScope) error {
	return mustBeSet("transfer ID", m.TransferID)
}
