package unrouted

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("f06da319-2c3c-4d47-87c8-2a45c57b85fc")
	dogma.RegisterCommand[CloseAccount]("b01ba4ab-39c1-467d-9823-06ee991bd9b4")
	dogma.RegisterEvent[AccountOpened]("d302babe-7aa4-4059-aff2-de67f31ec6b2")
	dogma.RegisterEvent[AccountClosed]("d88e2e75-b767-444c-a4c0-7d3728f3e90b")
	dogma.RegisterTimeout[CloseDue]("8c28a1de-ad3c-4d94-ac84-dd84ff747982")
	dogma.RegisterTimeout[Remind]("bb348bd3-6bf2-41f7-99af-a4aa68f05f70")
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
