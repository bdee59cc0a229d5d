// Package messages holds the application's commands and events, each
// registered with the message type registry when the package initialises.
package messages

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dogmatiq/dogma"
)

func init() {
	dogma.RegisterCommand[*ReceiveStock]("0d7c1f52-8a3e-4b6d-9e21-7c4f3a5b8d10")
	dogma.RegisterCommand[*ReserveStock]("a93e2b71-5c4d-4f8a-b6e0-2d1c9f7e3a45")
	dogma.RegisterCommand[*DispatchParcel]("3b8f6d24-e1a9-4c7b-8d52-6f0e4a2c9b17")

	dogma.RegisterEvent[*StockReceived]("c5a1e8d3-7b2f-4e96-a0c4-8d3b1f6e2a79")
	dogma.RegisterEvent[*StockReserved]("7e2d4a9c-1f5b-4c83-9a6e-0b8d3c7f1e52")
	dogma.RegisterEvent[*ReservationRejected]("f18b3c6e-9d2a-4e7f-b5c1-3a6d8e0f2b94")
	dogma.RegisterEvent[*ParcelDispatched]("2c9e7a15-4b8d-4f3e-a1c6-9e5b2d7f0a38")
}

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

func (m *ReceiveStock) MessageDescription() string {
	return fmt.Sprintf("receive %d of %s", m.Quantity, m.SKU)
}

func (m *ReserveStock) MessageDescription() string {
	return fmt.Sprintf("reserve %d of %s for order %s", m.Quantity, m.SKU, m.OrderID)
}

func (m *DispatchParcel) MessageDescription() string {
	return "dispatch order " + m.OrderID
}

func (m *StockReceived) MessageDescription() string {
	return fmt.Sprintf("received %d of %s", m.Quantity, m.SKU)
}

func (m *StockReserved) MessageDescription() string {
	return fmt.Sprintf("reserved %d of %s for order %s", m.Quantity, m.SKU, m.OrderID)
}

func (m *ReservationRejected) MessageDescription() string {
	return fmt.Sprintf("could not reserve %s for order %s", m.SKU, m.OrderID)
}

func (m *ParcelDispatched) MessageDescription() string {
	return "dispatched order " + m.OrderID
}

func (m *ReceiveStock) Validate(dogma.CommandValidationScope) error {
	if m.Quantity <= 0 {
		return errors.New("quantity must be positive")
	}
	return nil
}

func (m *ReserveStock) Validate(dogma.CommandValidationScope) error {
	if m.OrderID == "" || m.Quantity <= 0 {
		return errors.New("reservation needs an order and a positive quantity")
	}
	return nil
}

func (m *DispatchParcel) Validate(dogma.CommandValidationScope) error    { return nil }
func (m *StockReceived) Validate(dogma.EventValidationScope) error       { return nil }
func (m *StockReserved) Validate(dogma.EventValidationScope) error       { return nil }
func (m *ReservationRejected) Validate(dogma.EventValidationScope) error { return nil }
func (m *ParcelDispatched) Validate(dogma.EventValidationScope) error    { return nil }
func (m *ReceiveStock) MarshalBinary() ([]byte, error)                   { return json.Marshal(m) }
func (m *ReserveStock) MarshalBinary() ([]byte, error)                   { return json.Marshal(m) }
func (m *DispatchParcel) MarshalBinary() ([]byte, error)                 { return json.Marshal(m) }
func (m *StockReceived) MarshalBinary() ([]byte, error)                  { return json.Marshal(m) }
func (m *StockReserved) MarshalBinary() ([]byte, error)                  { return json.Marshal(m) }
func (m *ReservationRejected) MarshalBinary() ([]byte, error)            { return json.Marshal(m) }
func (m *ParcelDispatched) MarshalBinary() ([]byte, error)               { return json.Marshal(m) }
func (m *ReceiveStock) UnmarshalBinary(data []byte) error                { return json.Unmarshal(data, m) }
func (m *ReserveStock) UnmarshalBinary(data []byte) error                { return json.Unmarshal(data, m) }
func (m *DispatchParcel) UnmarshalBinary(data []byte) error              { return json.Unmarshal(data, m) }
func (m *StockReceived) UnmarshalBinary(data []byte) error               { return json.Unmarshal(data, m) }
func (m *StockReserved) UnmarshalBinary(data []byte) error               { return json.Unmarshal(data, m) }
func (m *ReservationRejected) UnmarshalBinary(data []byte) error         { return json.Unmarshal(data, m) }
func (m *ParcelDispatched) UnmarshalBinary(data []byte) error            { return json.Unmarshal(data, m) }
