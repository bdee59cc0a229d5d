package domain

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// ReplenishmentHandler asks for a top-up of stock whenever a reservation is
// refused. It keeps no state of its own and schedules no timeouts.
type ReplenishmentHandler struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (ReplenishmentHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("replenishment", "1f6d3b8e-a2c4-4e9f-8b17-5d0a7c3e9f62")
	c.Routes(
		dogma.HandlesEvent[messages.ReservationRejected](),
		dogma.ExecutesCommand[messages.ReceiveStock](),
	)
}

func (ReplenishmentHandler) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) {
	case messages.ReservationRejected:
		return e.SKU, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (ReplenishmentHandler) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	switch e := e.(type) {
	case messages.ReservationRejected:
		s.ExecuteCommand(messages.ReceiveStock{SKU: e.SKU, Quantity: replenishmentBatch})
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// replenishmentBatch is how many units one top-up brings.
const replenishmentBatch = 100
