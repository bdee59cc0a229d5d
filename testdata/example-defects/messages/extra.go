package messages

import (
	"fmt"

	"github.com/dogmatiq/dogma"
)

// The messages in this file exist only in the defective copy of the example.
// They are used by the handlers that were added to carry defects.

// RegisterCustomer is a command that registers a customer before any account
// is opened.
type RegisterCustomer struct {
	CustomerID string
	Name       string
}

// MessageDescription returns a human-readable description of the message.
func (m RegisterCustomer) MessageDescription() string {
	return fmt.Sprintf("register customer %s (%s)", m.CustomerID, m.Name)
}

// Validate returns an error if the command is malformed.
func (m RegisterCustomer) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("customer ID", m.CustomerID),
		mustBeSet("name", m.Name),
	)
}

// ImportAccount is a command that brings an account over from the legacy core
// banking system.
type ImportAccount struct {
	AccountID    string
	CustomerName string
}

// MessageDescription returns a human-readable description of the message.
func (m ImportAccount) MessageDescription() string {
	return fmt.Sprintf("import account %s for %s from the legacy core", m.AccountID, m.CustomerName)
}

// Validate returns an error if the command is malformed.
func (m ImportAccount) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("customer name", m.CustomerName),
	)
}

// ExportLedger is a command that exports the day's ledger to the regulator.
type ExportLedger struct {
	Date string
}

// MessageDescription returns a human-readable description of the message.
func (m ExportLedger) MessageDescription() string {
	return fmt.Sprintf("export the ledger of %s", m.Date)
}

// Validate returns an error if the command is malformed.
func (m ExportLedger) Validate(dogma.CommandValidationScope) error {
	return mustBeSet("date", m.Date)
}

// LedgerExported is an event recorded when a day's ledger has been exported.
type LedgerExported struct {
	Date string
}

// MessageDescription returns a human-readable description of the message.
func (m LedgerExported) MessageDescription() string {
	return fmt.Sprintf("ledger of %s exported", m.Date)
}

// Validate returns an error if the event is malformed.
func (m LedgerExported) Validate(dogma.EventValidationScope) error {
	return mustBeSet("date", m.Date)
}

// AccountCloseDeclined is an event for a refused CloseAccount. No handler
// routes it; see the scope defect in domain/account.go.
type AccountCloseDeclined struct {
	AccountID string
	Balance   int64
}

// MessageDescription returns a human-readable description of the message.
func (m AccountCloseDeclined) MessageDescription() string {
	return fmt.Sprintf("closing account %s declined, balance is %s", m.AccountID, formatAmount(m.Balance))
}

// Validate returns an error if the event is malformed.
func (m AccountCloseDeclined) Validate(dogma.EventValidationScope) error {
	return mustBeSet("account ID", m.AccountID)
}
