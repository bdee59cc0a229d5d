package messages

import (
	"fmt"

	"github.com/dogmatiq/dogma"
)

// ChargeCard is a command that deposits funds into an account by charging
// the customer's card through the payment gateway.
type ChargeCard struct {
	PaymentID string
	AccountID string

	// CardToken is the gateway's token for the card; the bank never sees
	// card numbers.
	CardToken string

	Amount int64
}

// MessageDescription returns a human-readable description of the message.
func (m ChargeCard) MessageDescription() string {
	return fmt.Sprintf("charge %s to a card for deposit %s into account %s", formatAmount(m.Amount), m.PaymentID, m.AccountID)
}

// Validate returns an error if the command is malformed.
func (m ChargeCard) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("payment ID", m.PaymentID),
		mustBeSet("account ID", m.AccountID),
		mustBeSet("card token", m.CardToken),
		mustBePositive("amount", m.Amount),
	)
}

// CardPaymentCaptured is an event recorded when the gateway has captured a
// card payment.
type CardPaymentCaptured struct {
	PaymentID        string
	AccountID        string
	Amount           int64
	GatewayReference string
}

// MessageDescription returns a human-readable description of the message.
func (m CardPaymentCaptured) MessageDescription() string {
	return fmt.Sprintf("card payment %s of %s captured (gateway reference %s)", m.PaymentID, formatAmount(m.Amount), m.GatewayReference)
}

// Validate returns an error if the event is malformed.
func (m CardPaymentCaptured) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("payment ID", m.PaymentID),
		mustBeSet("account ID", m.AccountID),
		mustBePositive("amount", m.Amount),
		mustBeSet("gateway reference", m.GatewayReference),
	)
}

// CardPaymentDeclined is an event recorded when the gateway has declined a
// card payment.
type CardPaymentDeclined struct {
	PaymentID string
	AccountID string
	Amount    int64
	Reason    string
}

// MessageDescription returns a human-readable description of the message.
func (m CardPaymentDeclined) MessageDescription() string {
	return fmt.Sprintf("card payment %s of %s declined: %s", m.PaymentID, formatAmount(m.Amount), m.Reason)
}

// Validate returns an error if the event is malformed.
func (m CardPaymentDeclined) Validate(dogma.EventValidationScope) error {
	return firstError(
		mustBeSet("payment ID", m.PaymentID),
		mustBeSet("account ID", m.AccountID),
		mustBePositive("amount", m.Amount),
		mustBeSet("reason", m.Reason),
	)
}

// NotifyCustomer is a command that sends a message to the holder of an
// account.
type NotifyCustomer struct {
	AccountID string
	Text      string
}

// MessageDescription returns a human-readable description of the message.
func (m NotifyCustomer) MessageDescription() string {
	return fmt.Sprintf("notify the holder of account %s: %s", m.AccountID, m.Text)
}

// Validate returns an error if the command is malformed.
func (m NotifyCustomer) Validate(dogma.CommandValidationScope) error {
	return firstError(
		mustBeSet("account ID", m.AccountID),
		mustBeSet("text", m.Text),
	)
}
