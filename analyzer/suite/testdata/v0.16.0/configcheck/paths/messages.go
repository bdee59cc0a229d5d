package paths

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("31ae7b9b-789d-4de9-8d0d-ea71a3e16d71")
	dogma.RegisterCommand[CloseAccount]("192cca2a-08e1-4f71-80f8-5d5bc7f7270a")
	dogma.RegisterEvent[AccountOpened]("8f3d2e8e-1539-4626-a468-5276ccf9bb75")
	dogma.RegisterEvent[AccountClosed]("ccb62272-b91e-4ec1-970a-98c2eecd8637")
	dogma.RegisterTimeout[CloseDue]("28131136-5721-406c-af0f-00653e2a013b")
	dogma.RegisterTimeout[Remind]("1264706e-a165-4655-a4ef-3ee0df268278")
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
