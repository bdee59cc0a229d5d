package applyevent

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("59e7ba32-a0e5-4065-8e4f-33f3173abe0c")
	dogma.RegisterCommand[CloseAccount]("6126f0cf-8190-4704-b3a7-81daa604764a")
	dogma.RegisterEvent[AccountOpened]("3304a4a9-16fb-4ada-b7bf-5f36c52874e1")
	dogma.RegisterEvent[AccountClosed]("4304b5b8-45b4-4337-9cc4-65bb5eb51251")
	dogma.RegisterTimeout[CloseDue]("8f31753e-8963-4df0-9873-e65d840c6143")
	dogma.RegisterTimeout[Remind]("b8e261ba-f986-4f96-99b1-52c0455a7966")
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
