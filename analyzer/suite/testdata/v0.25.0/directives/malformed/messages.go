package malformed

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.25.0: pointer receivers and binary marshaling,
// registered in the message type registry.

func init() {
	dogma.RegisterCommand[*OpenAccount]("c108bfbd-857d-4f8e-9dbb-6f8becfdfdc0")
	dogma.RegisterCommand[*CloseAccount]("73f24688-bc2c-4783-8740-3c39a3c3ebbb")
	dogma.RegisterEvent[*AccountOpened]("bcc2c049-666d-47ba-b799-fdf97111c36f")
	dogma.RegisterEvent[*AccountClosed]("87abfa1f-a99c-45d2-b489-3ae7e10d4568")
	dogma.RegisterDeadline[*CloseDue]("526f8a2d-43c1-4aa2-bd55-6b72a8f62d2a")
	dogma.RegisterDeadline[*Remind]("6b2a5829-a553-4d34-801c-690bef8ed30f")
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
func (m *CloseDue) Validate(dogma.DeadlineValidationScope) error    { return nil }
func (m *CloseDue) MarshalBinary() ([]byte, error)                  { return json.Marshal(m) }
func (m *CloseDue) UnmarshalBinary(data []byte) error               { return json.Unmarshal(data, m) }
func (m *Remind) MessageDescription() string                        { return "remind " + m.ID }
func (m *Remind) Validate(dogma.DeadlineValidationScope) error      { return nil }
func (m *Remind) MarshalBinary() ([]byte, error)                    { return json.Marshal(m) }
func (m *Remind) UnmarshalBinary(data []byte) error                 { return json.Unmarshal(data, m) }
