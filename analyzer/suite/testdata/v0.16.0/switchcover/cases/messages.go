package cases

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("e54e60c3-c0a4-4e72-a8aa-9928ff1d0cd2")
	dogma.RegisterCommand[CloseAccount]("a5e20ec0-af49-49d8-adac-7a6cfd78a0cb")
	dogma.RegisterEvent[AccountOpened]("038dcee2-5c68-458b-89e6-971eea8ebd3e")
	dogma.RegisterEvent[AccountClosed]("89e77dba-9b03-4256-86d6-aa2ba21444f1")
	dogma.RegisterTimeout[CloseDue]("42ebd91e-7ba3-4a84-8655-af8dfe33db7c")
	dogma.RegisterTimeout[Remind]("224ea81a-fdda-42dc-aa49-848af6dd52e1")
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
