package appwide

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("e7d00f7c-d31d-4194-9866-13b7e3286dd0")
	dogma.RegisterCommand[CloseAccount]("2f220451-0a00-433b-a257-3d6657a28483")
	dogma.RegisterEvent[AccountOpened]("8bfca002-9f26-4480-bb87-c803c699d159")
	dogma.RegisterEvent[AccountClosed]("419f7c40-6721-4919-a554-ceb87789158f")
	dogma.RegisterTimeout[CloseDue]("cf7dd925-fcbc-401f-afb0-8ac9b43a7d94")
	dogma.RegisterTimeout[Remind]("d0e708a9-4a58-40f0-88e0-9e9862cb1883")
}

type OpenAccount struct{ ID string }
type CloseAccount struct{ ID string }
type AccountOpened struct{ ID string }
type AccountClosed struct{ ID string }
type CloseDue struct{ ID string }
type Remind struct{ ID string }

func (m OpenAccount) MessageDescription() string                   { return "open account " + m.ID }
func (m OpenAccount) Validate(dogma.CommandValidationScope) error  { return nil }
func (m CloseAccount) MessageDescription() string                  { return "close account " + m.ID }
func (m CloseAccount) Validate(dogma.CommandValidationScope) error { return nil }
func (m AccountOpened) MessageDescription() string                 { return "account opened " + m.ID }
func (m AccountOpened) Validate(dogma.EventValidationScope) error  { return nil }
func (m AccountClosed) MessageDescription() string                 { return "account closed " + m.ID }
func (m AccountClosed) Validate(dogma.EventValidationScope) error  { return nil }
func (m CloseDue) MessageDescription() string                      { return "close due " + m.ID }
func (m CloseDue) Validate(dogma.TimeoutValidationScope) error     { return nil }
func (m Remind) MessageDescription() string                        { return "remind " + m.ID }
func (m Remind) Validate(dogma.TimeoutValidationScope) error       { return nil }
