package unfollowed

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("4b161d6e-dd05-4fb9-b02b-a7344c2baafe")
	dogma.RegisterCommand[CloseAccount]("0fae76c6-b5bb-4511-afab-21d9fc6f8eba")
	dogma.RegisterEvent[AccountOpened]("c9f33c09-c576-40ab-9349-2c442851f12a")
	dogma.RegisterEvent[AccountClosed]("635f14d6-f084-42eb-bba2-278109ae58dc")
	dogma.RegisterTimeout[CloseDue]("de9e3050-4297-4794-a4f9-9df4d983da73")
	dogma.RegisterTimeout[Remind]("8c3c59e9-61bf-43e2-9f58-365d6be88d08")
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
