// Package warehouse is a small stock-keeping application in the style of
// dogma v0.11.1, older than any API dogmavet supports: message types are
// declared with ConsumesCommandType and ProducesEventType, and messages are
// plain values.
package warehouse

import "github.com/dogmatiq/dogma"

// App is the warehouse application.
type App struct {
	Stock StockHandler
}

// Configure configures the engine for the application.
func (a *App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("warehouse", "6f0b7e4c-2d1a-4c8e-9b3f-5a7d2e1c0b94")
	c.RegisterAggregate(a.Stock)
}

// ReceiveStock adds units of a product to the warehouse.
type ReceiveStock struct {
	SKU      string
	Quantity int
}

// StockReceived records that units arrived.
type StockReceived struct {
	SKU      string
	Quantity int
}

type stockItem struct {
	Available int
}

func (s *stockItem) ApplyEvent(m dogma.Message) {
	if e, ok := m.(StockReceived); ok {
		s.Available += e.Quantity
	}
}

// StockHandler is the aggregate that keeps stock levels.
type StockHandler struct{}

func (StockHandler) New() dogma.AggregateRoot {
	return &stockItem{}
}

func (StockHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("stock", "d2b7e4a1-6c3f-4a8e-9d05-1b7f3e6c2a89")
	c.ConsumesCommandType(ReceiveStock{})
	c.ProducesEventType(StockReceived{})
}

func (StockHandler) RouteCommandToInstance(m dogma.Message) string {
	return m.(ReceiveStock).SKU
}

func (StockHandler) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Message) {
	c := m.(ReceiveStock)
	s.RecordEvent(StockReceived{SKU: c.SKU, Quantity: c.Quantity})
}
