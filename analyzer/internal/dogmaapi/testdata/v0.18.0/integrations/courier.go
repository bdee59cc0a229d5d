// Package integrations holds the application's integration with the
// courier.
package integrations

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// CourierHandler books collections with the courier.
type CourierHandler struct{}

func (CourierHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("courier", "b4f8d2a6-1e3c-4b7d-a950-6c2e8f4a1d37")
	c.Routes(
		dogma.HandlesCommand[*messages.DispatchParcel](),
		dogma.RecordsEvent[*messages.ParcelDispatched](),
	)
}

func (CourierHandler) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, c dogma.Command) error {
	switch c := c.(type) {
	case *messages.DispatchParcel:
		s.RecordEvent(&messages.ParcelDispatched{OrderID: c.OrderID})
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
