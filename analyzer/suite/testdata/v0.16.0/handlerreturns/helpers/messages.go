package helpers

import (
	"github.com/dogmatiq/dogma"
)

// Message types in the style of dogma v0.16.0: value receivers, registered in the message type registry.

func init() {
	dogma.RegisterCommand[OpenAccount]("29a93609-7e3f-4aae-aaeb-5cf15ce47e3d")
	dogma.RegisterCommand[CloseAccount]("c02ca5fd-687d-414a-bb5e-f582c046ca58")
	dogma.RegisterEvent[AccountOpened]("bb45c570-911a-4a1d-ba8f-af08759a1621")
	dogma.RegisterEvent[AccountClosed]("7922c20e-d9ae-4ec5-988a-ca109a50f13f")
	dogma.RegisterTimeout[CloseDue]("89f15cb3-81cf-45f2-a8e1-ee3ca216a854")
	dogma.RegisterTimeout[Remind]("e061f440-aaf5-4e81-9a76-3b245582d501")
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
