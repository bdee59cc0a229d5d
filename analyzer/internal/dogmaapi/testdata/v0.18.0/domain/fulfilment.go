package domain

import (
	"context"
	"encoding/json"
	"time"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

func init() {
	dogma.RegisterTimeout[*ReservationExpired]("8a4c2e6f-3b1d-4f7a-9c58-e2d0b6a4f173")
}

// ReservationExpired is the timeout by which an order must be dispatched.
type ReservationExpired struct {
	OrderID string
}

func (d *ReservationExpired) MessageDescription() string {
	return "reservation for order " + d.OrderID + " expired"
}

func (d *ReservationExpired) Validate(dogma.TimeoutValidationScope) error { return nil }
func (d *ReservationExpired) MarshalBinary() ([]byte, error)              { return json.Marshal(d) }
func (d *ReservationExpired) UnmarshalBinary(data []byte) error           { return json.Unmarshal(data, d) }

// order is the state of one order's fulfilment.
type order struct {
	Reserved bool
}

func (o *order) MarshalBinary() ([]byte, error)    { return json.Marshal(o) }
func (o *order) UnmarshalBinary(data []byte) error { return json.Unmarshal(data, o) }

// FulfilmentHandler dispatches an order once its stock is reserved, unless
// the reservation expires first.
type FulfilmentHandler struct{}

func (FulfilmentHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("fulfilment", "5e9a1c3d-7f2b-4d6e-8a04-c3b9e1f5d726")
	c.Routes(
		dogma.HandlesEvent[*messages.StockReserved](),
		dogma.HandlesEvent[*messages.ParcelDispatched](),
		dogma.ExecutesCommand[*messages.DispatchParcel](),
		dogma.SchedulesTimeout[*ReservationExpired](),
	)
}

func (FulfilmentHandler) New() dogma.ProcessRoot {
	return &order{}
}

func (FulfilmentHandler) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) {
	case *messages.StockReserved:
		return e.OrderID, true, nil
	case *messages.ParcelDispatched:
		return e.OrderID, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (FulfilmentHandler) HandleEvent(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	switch e := e.(type) {
	case *messages.StockReserved:
		r.(*order).Reserved = true
		s.ExecuteCommand(&messages.DispatchParcel{OrderID: e.OrderID})
		s.ScheduleTimeout(&ReservationExpired{OrderID: e.OrderID}, s.Now().Add(48*time.Hour))
	case *messages.ParcelDispatched:
		s.End()
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

func (FulfilmentHandler) HandleTimeout(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
	switch t.(type) {
	case *ReservationExpired:
		if r.(*order).Reserved {
			s.Log("order was not dispatched in time")
		}
		s.End()
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
