package routes

import "github.com/dogmatiq/dogma"

// Message types in the style of dogma v0.15.0: value receivers, no registry.

type OpenAccount struct{ ID string }
type CloseAccount struct{ ID string }
type AccountOpened struct{ ID string }
type AccountClosed struct{ ID string }
type CloseDue struct{ ID string }
type Remind struct{ ID string }

func (OpenAccount) MessageDescription() string                   { return "open account" }
func (CloseAccount) MessageDescription() string                  { return "close account" }
func (AccountOpened) MessageDescription() string                 { return "account opened" }
func (AccountClosed) MessageDescription() string                 { return "account closed" }
func (CloseDue) MessageDescription() string                      { return "close due" }
func (Remind) MessageDescription() string                        { return "remind" }
func (OpenAccount) Validate(dogma.CommandValidationScope) error  { return nil }
func (CloseAccount) Validate(dogma.CommandValidationScope) error { return nil }
func (AccountOpened) Validate(dogma.EventValidationScope) error  { return nil }
func (AccountClosed) Validate(dogma.EventValidationScope) error  { return nil }
func (CloseDue) Validate(dogma.TimeoutValidationScope) error     { return nil }
func (Remind) Validate(dogma.TimeoutValidationScope) error       { return nil }
