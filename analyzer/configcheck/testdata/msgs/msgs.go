// Package msgs holds message types for the other test packages.
package msgs

import "github.com/dogmatiq/dogma"

type (
	CmdA struct{}
	CmdB struct{}
	EvtA struct{}
	EvtB struct{}
	TmoA struct{}
	// PtrCmd implements dogma.Command with pointer receivers.
	PtrCmd struct{}
)

func (CmdA) MessageDescription() string                     { return "" }
func (CmdA) Validate(dogma.CommandValidationScope) error    { return nil }
func (CmdB) MessageDescription() string                     { return "" }
func (CmdB) Validate(dogma.CommandValidationScope) error    { return nil }
func (EvtA) MessageDescription() string                     { return "" }
func (EvtA) Validate(dogma.EventValidationScope) error      { return nil }
func (EvtB) MessageDescription() string                     { return "" }
func (EvtB) Validate(dogma.EventValidationScope) error      { return nil }
func (TmoA) MessageDescription() string                     { return "" }
func (TmoA) Validate(dogma.TimeoutValidationScope) error    { return nil }
func (*PtrCmd) MessageDescription() string                  { return "" }
func (*PtrCmd) Validate(dogma.CommandValidationScope) error { return nil }

// NotMessage implements none of the message interfaces.
type NotMessage struct{}
