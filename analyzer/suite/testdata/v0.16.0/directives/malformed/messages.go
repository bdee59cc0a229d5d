package malformed

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("26aff9ea-3a65-426d-8443-698c3114c420")
	dogma.RegisterCommand[CloseAccount]("bfdedb26-5845-4421-b359-e51e47491324")
	dogma.RegisterEvent[AccountOpened]("d8b1b272-0800-43e6-91b5-14f85519a316")
	dogma.RegisterEvent[AccountClosed]("9f4c1fdc-b190-4d88-864e-53b7917a2db4")
	dogma.RegisterTimeout[CloseDue]("42599737-001b-4343-9e73-ac77024d9b8b")
	dogma.RegisterTimeout[Remind]("78d395f6-80da-4081-ab83-288bc3e7c914")
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
