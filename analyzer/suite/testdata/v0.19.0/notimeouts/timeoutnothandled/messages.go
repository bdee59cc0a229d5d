package timeoutnothandled

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.19.0: pointer receivers and binary marshaling,
// registered in the message type registry.

func init() {
	dogma.RegisterCommand[*OpenAccount]("77ec4b96-58be-4bd7-b7db-d9436473021f")
	dogma.RegisterCommand[*CloseAccount]("e233c8ce-ec90-4f2b-b1ca-e9c77f32a526")
	dogma.RegisterEvent[*AccountOpened]("a3a87a9c-897a-4f76-ac3a-8667c75065b9")
	dogma.RegisterEvent[*AccountClosed]("b33168d9-4d6c-4e53-a06e-d0b85f4fa46d")
	dogma.RegisterTimeout[*CloseDue]("9a8242da-063e-4f7f-b252-23f0b4e41445")
	dogma.RegisterTimeout[*Remind]("5f096eaf-b77b-4452-9f0e-f4d3374e153e")
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
