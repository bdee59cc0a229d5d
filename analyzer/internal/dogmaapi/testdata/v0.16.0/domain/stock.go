// Package domain holds the application's aggregate and process.
package domain

import (
	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// stockItem is the state of one product's stock.
type stockItem struct {
	SKU       string
	Available int
}

func (s *stockItem) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case messages.StockReceived:
		s.SKU = e.SKU
		s.Available += e.Quantity
	case messages.StockReserved:
		s.Available -= e.Quantity
	case messages.ReservationRejected:
		// Nothing changes: the reservation was refused.
	}
}

// reserve records the outcome of a reservation; it only records events, as
// aggregate code must.
func (s *stockItem) reserve(sc dogma.AggregateCommandScope, m messages.ReserveStock) {
	if s.Available < m.Quantity {
		sc.RecordEvent(messages.ReservationRejected{OrderID: m.OrderID, SKU: m.SKU})
		return
	}
	sc.RecordEvent(messages.StockReserved{OrderID: m.OrderID, SKU: m.SKU, Quantity: m.Quantity})
}

// StockHandler is the aggregate that keeps stock levels.
type StockHandler struct{}

func (StockHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("stock", "d2b7e4a1-6c3f-4a8e-9d05-1b7f3e6c2a89")
	c.Routes(
		dogma.HandlesCommand[messages.ReceiveStock](),
		dogma.HandlesCommand[messages.ReserveStock](),
		dogma.RecordsEvent[messages.StockReceived](),
		dogma.RecordsEvent[messages.StockReserved](),
		dogma.RecordsEvent[messages.ReservationRejected](),
	)
}

func (StockHandler) New() dogma.AggregateRoot {
	return &stockItem{}
}

func (StockHandler) RouteCommandToInstance(c dogma.Command) string {
	switch c := c.(type) {
	case messages.ReceiveStock:
		return c.SKU
	case messages.ReserveStock:
		return c.SKU
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (StockHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	switch c := c.(type) {
	case messages.ReceiveStock:
		s.RecordEvent(messages.StockReceived{SKU: c.SKU, Quantity: c.Quantity})
	case messages.ReserveStock:
		r.(*stockItem).reserve(s, c)
	default:
		panic(dogma.UnexpectedMessage)
	}
}
