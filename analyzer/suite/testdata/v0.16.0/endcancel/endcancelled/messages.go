package endcancelled

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("009f804c-b728-41a7-b31b-a56a89ca6bac")
	dogma.RegisterCommand[CloseAccount]("6ebd12f2-8895-4984-87e4-72dcdf8d7087")
	dogma.RegisterEvent[AccountOpened]("f5af5942-814a-4465-80b7-244810c09031")
	dogma.RegisterEvent[AccountClosed]("27711ef6-da1d-4a57-883e-380255b1cf10")
	dogma.RegisterTimeout[CloseDue]("01fe8e3b-c021-4146-8529-5c2b3ff971d2")
	dogma.RegisterTimeout[Remind]("3013ef9e-0acd-4d95-b0c5-d08e7bc01f5a")
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
