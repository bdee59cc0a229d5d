package registry

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.25.0: pointer receivers and binary marshaling,
// registered in the message type registry.

func init() {
	dogma.RegisterCommand[*OpenAccount]("05c699cb-5cf9-48bc-96de-3ffc97b87c11")
	dogma.RegisterCommand[*CloseAccount]("0e234c26-b07e-41f5-93ac-9e2472c934aa")
	dogma.RegisterEvent[*AccountOpened]("4a495291-745c-4c11-9f08-3d2678c66b54")
	dogma.RegisterEvent[*AccountClosed]("b668d804-f222-433c-8e68-a0f2d4e88564")
	dogma.RegisterDeadline[*CloseDue]("0e606202-a81c-4f97-9126-7e83b194a771")
	dogma.RegisterDeadline[*Remind]("11148a12-1380-4d25-9afb-827e8daba3a1")
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
