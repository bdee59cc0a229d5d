package returns

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("b8319e83-0b9d-432a-8858-3f3a404f7df9")
	dogma.RegisterCommand[CloseAccount]("2b626bc0-ec2f-4a5b-90b9-2110d5f704d5")
	dogma.RegisterEvent[AccountOpened]("7ef84ca4-5e64-4f9a-bfe6-6b9bf62618ef")
	dogma.RegisterEvent[AccountClosed]("0612c8bb-6a33-48e3-acb4-3bc0ceecadaa")
	dogma.RegisterTimeout[CloseDue]("f47eb7db-b57b-4a27-a02b-408b315ef4b5")
	dogma.RegisterTimeout[Remind]("153064c0-501b-4272-9f00-adc04d854a17")
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
