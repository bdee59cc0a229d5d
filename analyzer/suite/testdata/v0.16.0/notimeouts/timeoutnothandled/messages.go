package timeoutnothandled

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("b77efaad-1a5e-48fe-a5ef-02bcb91c9000")
	dogma.RegisterCommand[CloseAccount]("01ce075d-917e-48c9-85b1-cc332291a9c5")
	dogma.RegisterEvent[AccountOpened]("5e949de2-1f1c-474d-9c02-b7ca31bd9a47")
	dogma.RegisterEvent[AccountClosed]("070ebad2-a82f-44ef-9c5e-f0c7d2d786b7")
	dogma.RegisterTimeout[CloseDue]("3db0ed4b-e85e-4c76-98ab-99c038685066")
	dogma.RegisterTimeout[Remind]("47e04632-c173-45de-b3dc-5025383824e5")
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
