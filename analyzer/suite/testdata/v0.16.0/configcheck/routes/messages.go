package routes

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("01e4fd1d-64ca-4e02-8c36-9378a2811ee7")
	dogma.RegisterCommand[CloseAccount]("06b0e34e-bd7c-4770-9e1b-704f96eb790b")
	dogma.RegisterEvent[AccountOpened]("afa9b2ce-16e0-4077-bcb3-f80a29daabd7")
	dogma.RegisterEvent[AccountClosed]("73d78124-d9ee-40db-85d1-1dfcad74e552")
	dogma.RegisterTimeout[CloseDue]("ae7e53e1-71d7-457d-b506-3eeb8d1aae84")
	dogma.RegisterTimeout[Remind]("399239ab-21cb-496a-82d3-fbd146425063")
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
