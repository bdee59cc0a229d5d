package messages

import (
	"fmt"

	"github.com/dogmatiq/dogma"
)

// OpenAccount is a command that opens a new account for a customer.
type OpenAccount struct {
	AccountID    string
	CustomerName string
}

// MessageDescription returns a human-readable description of the message.
func (m OpenAccount) MessageDescription() string {
	return fmt.Sprintf("open account %s for %s", m.AccountID, m.CustomerName)
}

// Validate returns an error if the command is malformed.
func (m OpenAccount) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("customer name", m.CustomerName),
	)
}

// CloseAccount is a command that closes an account whose balance is zero.
type CloseAccount struct {
	AccountID string
}

// MessageDescription returns a human-readable description of the message.
func (m CloseAccount) MessageDescription() string {
	return fmt.Sprintf("close account %s", m.AccountID)
}

// Validate returns an error if the command is malformed.
func (m CloseAccount) Validate(dogma.CommandValidationScope) error {
	return mustBeSet("account ID", m.AccountID)
}

// CreditAccount is a command that adds funds to an account. It is executed
// for card deposits, for the receiving side of a transfer, and for refunds.
type CreditAccount struct {
	AccountID     string
	TransactionID string

	// TransferID is the transfer this credit belongs to, or empty when the
	// credit is not the receiving side of a transfer.
	TransferID string

	Amount int64
}

// MessageDescription returns a human-readable description of the message.
func (m CreditAccount) MessageDescription() string {
	return fmt.Sprintf("credit %s to account %s (transaction %s)", formatAmount(m.Amount), m.AccountID, m.TransactionID)
}

// Validate returns an error if the command is malformed.
func (m CreditAccount) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
	)
}

// DebitAccount is a command that withdraws funds from an account. Cash
// withdrawals execute it directly; transfers execute it for the sending side.
type DebitAccount struct {
	AccountID     string
	TransactionID string

	// TransferID is the transfer this debit belongs to, or empty for a
	// withdrawal.
	TransferID string

	Amount int64
}

// MessageDescription returns a human-readable description of the message.
func (m DebitAccount) MessageDescription() string {
	return fmt.Sprintf("debit %s from account %s (transaction %s)", formatAmount(m.Amount), m.AccountID, m.TransactionID)
}

// Validate returns an error if the command is malformed.
func (m DebitAccount) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
	)
}

// AccountOpened is an event recorded when an account is opened.
type AccountOpened struct {
	AccountID    string
	CustomerName string
}

// MessageDescription returns a human-readable description of the message.
func (m AccountOpened) MessageDescription() string {
	return fmt.Sprintf("account %s opened for %s", m.AccountID, m.CustomerName)
}

// Validate returns an error if the event is malformed.
func (m AccountOpened) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("customer name", m.CustomerName),
	)
}

// AccountClosed is an event recorded when an account is closed.
type AccountClosed struct {
	AccountID string
}

// MessageDescription returns a human-readable description of the message.
func (m AccountClosed) MessageDescription() string {
	return fmt.Sprintf("account %s closed", m.AccountID)
}

// Validate returns an error if the event is malformed.
func (m AccountClosed) Validate(dogma.EventValidationScope) error {
	return mustBeSet("account ID", m.AccountID)
}

// AccountCredited is an event recorded when funds are added to an account.
type AccountCredited struct {
	AccountID     string
	TransactionID string
	TransferID    string
	Amount        int64
}

// MessageDescription returns a human-readable description of the message.
func (m AccountCredited) MessageDescription() string {
	return fmt.Sprintf("account %s credited with %s (transaction %s)", m.AccountID, formatAmount(m.Amount), m.TransactionID)
}

// Validate returns an error if the event is malformed.
func (m AccountCredited) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
	)
}

// AccountDebited is an event recorded when funds are withdrawn from an
// account.
type AccountDebited struct {
	AccountID     string
	TransactionID string
	TransferID    string
	Amount        int64
}

// MessageDescription returns a human-readable description of the message.
func (m AccountDebited) MessageDescription() string {
	return fmt.Sprintf("account %s debited with %s (transaction %s)", m.AccountID, formatAmount(m.Amount), m.TransactionID)
}

// Validate returns an error if the event is malformed.
func (m AccountDebited) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
	)
}

// AccountDebitDeclined is an event recorded when a debit is refused, because
// the account is not open or has insufficient funds.
type AccountDebitDeclined struct {
	AccountID     string
	TransactionID string
	TransferID    string
	Amount        int64
	Reason        string
}

// MessageDescription returns a human-readable description of the message.
func (m AccountDebitDeclined) MessageDescription() string {
	return fmt.Sprintf("debit of %s from account %s declined: %s", formatAmount(m.Amount), m.AccountID, m.Reason)
}

// Validate returns an error if the event is malformed.
func (m AccountDebitDeclined) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
		mustBeSet("reason", m.Reason),
	)
}

// AccountCreditDeclined is an event recorded when a credit is refused because
// the account is not open. The funds stay with whoever sent them.
type AccountCreditDeclined struct {
	AccountID     string
	TransactionID string
	TransferID    string
	Amount        int64
	Reason        string
}

// MessageDescription returns a human-readable description of the message.
func (m AccountCreditDeclined) MessageDescription() string {
	return fmt.Sprintf("credit of %s to account %s declined: %s", formatAmount(m.Amount), m.AccountID, m.Reason)
}

// Validate returns an error if the event is malformed.
func (m AccountCreditDeclined) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("transaction ID", m.TransactionID),
		mustBePositive("amount", m.Amount),
		mustBeSet("reason", m.Reason),
	)
}
