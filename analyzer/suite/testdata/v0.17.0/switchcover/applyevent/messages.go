package applyevent

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.17.0: pointer receivers and binary marshaling,
// registered in the message type registry.

func init() {
	dogma.RegisterCommand[*OpenAccount]("4f5b4561-3034-4950-bdd4-82c14a706f27")
	dogma.RegisterCommand[*CloseAccount]("028ccf87-b83a-49f3-8b58-0e499883e6c8")
	dogma.RegisterEvent[*AccountOpened]("1028678c-7816-46ef-a289-08d6e4607b41")
	dogma.RegisterEvent[*AccountClosed]("f649f4df-efe6-4543-b69b-93f65468dc44")
	dogma.RegisterTimeout[*CloseDue]("b2c7a5d0-dce7-4790-bbf5-30b6d4044063")
	dogma.RegisterTimeout[*Remind]("9d3be756-283a-4faf-a385-42521ca49252")
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
