// Package warehouse is a small stock-keeping application in the style of
// dogma v0.19.0: handlers registered through Routes(ViaX), messages with
// pointer receivers registered in the init functions of the packages
// declaring them, roots and timeouts as dogma.AggregateRoot, dogma.ProcessRoot
// and dogma.Timeout.
package warehouse

import (
	"github.com/dogmatiq/dogma"

	"example.test/warehouse/domain"
	"example.test/warehouse/integrations"
	"example.test/warehouse/projections"
)

// AppKey is the application's identity key.
const AppKey = "6f0b7e4c-2d1a-4c8e-9b3f-5a7d2e1c0b94"

// App is the warehouse application.
type App struct {
	Stock       domain.StockHandler
	Fulfilment  domain.FulfilmentHandler
	Replenish   domain.ReplenishmentHandler
	Courier     integrations.CourierHandler
	StockLevels projections.StockLevelsHandler
}

// Configure configures the engine for the application.
func (a *App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("warehouse", AppKey)

	c.Routes(
		dogma.ViaAggregate(a.Stock),
		dogma.ViaProcess(a.Fulfilment),
		dogma.ViaProcess(a.Replenish),
		dogma.ViaIntegration(a.Courier),
		dogma.ViaProjection(&a.StockLevels),
	)
}
