// Package messages holds the application's commands and events.
package messages

import (
	"errors"
	"fmt"

	"github.com/dogmatiq/dogma"
)

// ReceiveStock adds units of a product to the warehouse.
type ReceiveStock struct {
	SKU      string
	Quantity int
}

// ReserveStock sets units of a product aside for an order.
type ReserveStock struct {
	OrderID  string
	SKU      string
	Quantity int
}

// DispatchParcel asks the courier to collect an order.
type DispatchParcel struct {
	OrderID string
}

// StockReceived records that units arrived.
type StockReceived struct {
	SKU      string
	Quantity int
}

// StockReserved records that units were set aside for an order.
type StockReserved struct {
	OrderID  string
	SKU      string
	Quantity int
}

// ReservationRejected records that there were too few units.
type ReservationRejected struct {
	OrderID string
	SKU     string
}

// ParcelDispatched records that the courier collected an order.
type ParcelDispatched struct {
	OrderID string
}

func (m ReceiveStock) MessageDescription() string {
	return fmt.Sprintf("receive %d of %s", m.Quantity, m.SKU)
}

func (m ReserveStock) MessageDescription() string {
	return fmt.Sprintf("reserve %d of %s for order %s", m.Quantity, m.SKU, m.OrderID)
}

func (m DispatchParcel) MessageDescription() string {
	return "dispatch order " + m.OrderID
}

func (m StockReceived) MessageDescription() string {
	return fmt.Sprintf("received %d of %s", m.Quantity, m.SKU)
}

func (m StockReserved) MessageDescription() string {
	return fmt.Sprintf("reserved %d of %s for order %s", m.Quantity, m.SKU, m.OrderID)
}

func (m ReservationRejected) MessageDescription() string {
	return fmt.Sprintf("could not reserve %s for order %s", m.SKU, m.OrderID)
}

func (m ParcelDispatched) MessageDescription() string {
	return "dispatched order " + m.OrderID
}

func (m ReceiveStock) Validate(dogma.CommandValidationScope) error {
	if m.Quantity <= 0 {
		return errors.New("quantity must be positive")
	}
	return nil
}

func (m ReserveStock) Validate(dogma.CommandValidationScope) error {
	if m.OrderID == "" || m.Quantity <= 0 {
		return errors.New("reservation needs an order and a positive quantity")
	}
	return nil
}

func (m DispatchParcel) Validate(dogma.CommandValidationScope) error    { return nil }
func (m StockReceived) Validate(dogma.EventValidationScope) error       { return nil }
func (m StockReserved) Validate(dogma.EventValidationScope) error       { return nil }
func (m ReservationRejected) Validate(dogma.EventValidationScope) error { return nil }
func (m ParcelDispatched) Validate(dogma.EventValidationScope) error    { return nil }
