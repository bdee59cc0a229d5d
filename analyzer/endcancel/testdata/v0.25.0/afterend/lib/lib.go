// Package lib holds helpers of another package, followed through the
// summaries their package exports.
package lib

import "github.com/dogmatiq/dogma"

type Ship struct{}

func (*Ship) MessageDescription() string                  { return "ship" }
func (*Ship) Validate(dogma.CommandValidationScope) error { return nil }
func (*Ship) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Ship) UnmarshalBinary([]byte) error                { return nil }

type Root struct{ Done bool }

func (*Root) ProcessInstanceDescription(bool) string { return "" }
func (*Root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*Root) UnmarshalBinary([]byte) error           { return nil }

// Finish ends the process.
func Finish(s dogma.ProcessEventScope[*Root]) { s.End() }

// Send executes a command.
func Send(s dogma.ProcessEventScope[*Root]) { s.ExecuteCommand(&Ship{}) }

// Log calls a scope method that neither produces nor ends.
func Log(s dogma.ProcessEventScope[*Root]) { s.Log("x") }
