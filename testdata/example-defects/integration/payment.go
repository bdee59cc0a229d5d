package integration

import (
	"context"
	"fmt"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// The payment gateway handler's identity, as named constants.
const (
	paymentGatewayHandlerName = "payment-gateway"
	paymentGatewayHandlerKey  = "592250ca-6548-425d-9c1a-62b6762d41ea"
)

// PaymentGatewayHandler charges cards for deposits and records the outcome.
// Use NewPaymentGatewayHandler to construct it.
type PaymentGatewayHandler struct {
	gateway PaymentGateway
}

// NewPaymentGatewayHandler returns a handler that charges cards through g, or
// through a new InMemoryGateway if g is nil.
func NewPaymentGatewayHandler(g PaymentGateway) *PaymentGatewayHandler {
	if g == nil {
		g = NewInMemoryGateway()
	}
	return &PaymentGatewayHandler{gateway: g}
}

// Configure declares the handler's identity and routes.
func (h *PaymentGatewayHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(paymentGatewayHandlerName, paymentGatewayHandlerKey)

	c.Routes(
		dogma.HandlesCommand[messages.ChargeCard](),
		dogma.RecordsEvent[messages.CardPaymentCaptured](),
		dogma.RecordsEvent[messages.CardPaymentDeclined](),
	)
}

// HandleCommand charges the card and records whether the gateway captured or
// declined the payment. A gateway error is returned so that the engine
// retries the command; the payment ID keeps the retry from charging twice.
func (h *PaymentGatewayHandler) HandleCommand(
	ctx context.Context,
	s dogma.IntegrationCommandScope,
	m dogma.Command,
) error {
	switch m := m.(type) {
	case messages.ChargeCard:
		res, err := h.gateway.Charge(ctx, ChargeRequest{
			IdempotencyKey: m.PaymentID,
			CardToken:      m.CardToken,
			Amount:         m.Amount,
		})
		if err != nil {
			return fmt.Errorf("charging card for payment %s: %w", m.PaymentID, err)
		}

		if res.Approved {
			s.RecordEvent(messages.CardPaymentCaptured{
				PaymentID:        m.PaymentID,
				AccountID:        m.AccountID,
				Amount:           m.Amount,
				GatewayReference: res.Reference,
			})
		} else {
			s.RecordEvent(messages.CardPaymentDeclined{
				PaymentID: m.PaymentID,
				AccountID: m.AccountID,
				Amount:    m.Amount,
				Reason:    res.DeclineReason,
			})
		}
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
