package identity

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("01ef3d86-714f-4ccf-b0a1-7b5daa91561d")
	dogma.RegisterCommand[CloseAccount]("7f10f80b-c238-4350-8ac5-342e2f4b57ea")
	dogma.RegisterEvent[AccountOpened]("a41d03e4-ac1b-4205-aaf9-97fd470344a0")
	dogma.RegisterEvent[AccountClosed]("d39c2510-0069-4677-8392-ee1675210f45")
	dogma.RegisterTimeout[CloseDue]("1ccca216-86cf-4e76-8cd0-3566c69ff988")
	dogma.RegisterTimeout[Remind]("25cea929-22c1-415e-a893-5594476f57e0")
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
