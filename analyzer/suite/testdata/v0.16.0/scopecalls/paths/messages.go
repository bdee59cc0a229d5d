package paths

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("666d7ad9-1d20-4965-8b69-091d85668380")
	dogma.RegisterCommand[CloseAccount]("111675e1-029f-464b-9646-65d07ecbc8dc")
	dogma.RegisterEvent[AccountOpened]("2831d249-1410-4933-b4aa-5166c680a237")
	dogma.RegisterEvent[AccountClosed]("8ef7d257-b566-4dac-8fc9-867433448fc8")
	dogma.RegisterTimeout[CloseDue]("b0f239e4-769c-43b7-8df4-46822ed69f7a")
	dogma.RegisterTimeout[Remind]("86bceab8-60a4-4c33-8e7b-638bb3072bed")
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
