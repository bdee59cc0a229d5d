package integration

import (
	"context"
	"fmt"
	"sync"
)

// PaymentGateway is a client of a card payment gateway.
type PaymentGateway interface {
	// Charge charges a card. A declined card is a result, not an error; an
	// error means the outcome is unknown and the charge may be retried with
	// the same idempotency key.
	Charge(ctx context.Context, req ChargeRequest) (ChargeResult, error)
}

// ChargeRequest asks the gateway to charge a card.
type ChargeRequest struct {
	// IdempotencyKey makes retries safe: the gateway charges each key once
	// and returns the first result for every retry.
	IdempotencyKey string
	CardToken      string
	Amount         int64
}

// ChargeResult is the gateway's answer to a ChargeRequest.
type ChargeResult struct {
	Approved      bool
	Reference     string
	DeclineReason string
}

// InMemoryGateway is a PaymentGateway that keeps its charges in memory. It
// approves every card except those passed to Decline. References are
// sequential so that runs are reproducible.
type InMemoryGateway struct {
	mu       sync.Mutex
	declined map[string]bool
	results  map[string]ChargeResult
	charges  []ChargeRequest
}

// NewInMemoryGateway returns a gateway that approves every card.
func NewInMemoryGateway() *InMemoryGateway {
	return &InMemoryGateway{}
}

// Decline makes the gateway decline every future charge to the card.
func (g *InMemoryGateway) Decline(cardToken string) {
	g.mu.Lock()
	defer g.mu.Unlock()

	if g.declined == nil {
		g.declined = map[string]bool{}
	}
	g.declined[cardToken] = true
}

// Charge charges a card, once per idempotency key.
func (g *InMemoryGateway) Charge(ctx context.Context, req ChargeRequest) (ChargeResult, error) {
	if err := ctx.Err(); err != nil {
		return ChargeResult{}, err
	}

	g.mu.Lock()
	defer g.mu.Unlock()

	if res, ok := g.results[req.IdempotencyKey]; ok {
		return res, nil
	}

	var res ChargeResult
	if g.declined[req.CardToken] {
		res.DeclineReason = "card declined by issuer"
	} else {
		g.charges = append(g.charges, req)
		res.Approved = true
		res.Reference = fmt.Sprintf("ch_%06d", len(g.charges))
	}

	if g.results == nil {
		g.results = map[string]ChargeResult{}
	}
	g.results[req.IdempotencyKey] = res

	return res, nil
}

// Charges returns the approved charges, in the order they were made.
func (g *InMemoryGateway) Charges() []ChargeRequest {
	g.mu.Lock()
	defer g.mu.Unlock()

	return append([]ChargeRequest(nil), g.charges...)
}
