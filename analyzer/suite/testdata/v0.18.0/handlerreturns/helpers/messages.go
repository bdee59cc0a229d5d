package helpers

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.18.0: pointer receivers and binary marshaling,
// registered in the message type registry.

func init() {
	dogma.RegisterCommand[*OpenAccount]("9a4b21cc-4d68-4bd1-89ab-ff3a887ddf2a")
	dogma.RegisterCommand[*CloseAccount]("a517b5b9-78e5-4000-8072-1cfc8b9d49d0")
	dogma.RegisterEvent[*AccountOpened]("111d82bc-90c4-4e7e-aa59-bd51288629d5")
	dogma.RegisterEvent[*AccountClosed]("78d71e6c-f611-4990-9fb9-4ec48f0e9b1d")
	dogma.RegisterTimeout[*CloseDue]("72883818-fe02-487d-ae3e-346fd948d7aa")
	dogma.RegisterTimeout[*Remind]("5c0a5f04-b9da-487a-9d2c-3d5cbc68bd68")
}

type OpenAccount struct{ ID string }
type CloseAccount struct{ ID string }
type AccountOpened struct{ ID string }
type AccountClosed struct{ ID string }
type CloseDue struct{ ID string }
type Remind struct{ ID string }

func (m *OpenAccount) MessageDescription() string                   { return "open account " + m.ID }
func (m *OpenAccount) Validate(dogma.CommandValidationScope) error  { return nil }
func (m *OpenAccount) MarshalBinary() ([]byte, error)               { return json.Marshal(m) }
func (m *OpenAccount) UnmarshalBinary(data []byte) error            { return json.Unmarshal(data, m) }
func (m *CloseAccount) MessageDescription() string                  { return "close account " + m.ID }
func (m *CloseAccount) Validate(dogma.CommandValidationScope) error { return nil }
func (m *CloseAccount) MarshalBinary() ([]byte, error)              { return json.Marshal(m) }
func (m *CloseAccount) UnmarshalBinary(data []byte) error           { return json.Unmarshal(data, m) }
func (m *AccountOpened) MessageDescription() string                 { return "account opened " + m.ID }
func (m *AccountOpened) Validate(dogma.EventValidationScope) error  { return nil }
func (m *AccountOpened) MarshalBinary() ([]byte, error)             { return json.Marshal(m) }
func (m *AccountOpened) UnmarshalBinary(data []byte) error          { return json.Unmarshal(data, m) }
func (m *AccountClosed) MessageDescription() string                 { return "account closed " + m.ID }
func (m *AccountClosed) Validate(dogma.EventValidationScope) error  { return nil }
func (m *AccountClosed) MarshalBinary() ([]byte, error)             { return json.Marshal(m) }
func (m *AccountClosed) UnmarshalBinary(data []byte) error          { return json.Unmarshal(data, m) }
func (m *CloseDue) MessageDescription() string                      { return "close due " + m.ID }
func (m *CloseDue) Validate(dogma.TimeoutValidationScope) error     { return nil }
func (m *CloseDue) MarshalBinary() ([]byte, error)                  { return json.Marshal(m) }
func (m *CloseDue) UnmarshalBinary(data []byte) error               { return json.Unmarshal(data, m) }
func (m *Remind) MessageDescription() string                        { return "remind " + m.ID }
func (m *Remind) Validate(dogma.TimeoutValidationScope) error       { return nil }
func (m *Remind) MarshalBinary() ([]byte, error)                    { return json.Marshal(m) }
func (m *Remind) UnmarshalBinary(data []byte) error                 { return json.Unmarshal(data, m) }
