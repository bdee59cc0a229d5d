// Package lib holds helpers of another package: their summaries reach the
// handlers through facts.
package lib

import (
	"time"

	"github.com/dogmatiq/dogma"
)

type Ship struct{}

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

type Remind struct{}

func (Remind) MessageDescription() string                  { return "remind" }
func (Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

// Finish ends the process.
func Finish(s dogma.ProcessEventScope) { s.End() }

// Remind schedules a timeout.
func RemindLater(s dogma.ProcessEventScope) { s.ScheduleTimeout(Remind{}, time.Now()) }

// FinishThenShip ends and then cancels its own End().
func FinishThenShip(s dogma.ProcessEventScope) {
	s.End()
	s.ExecuteCommand(Ship{})
}

// Notifier hides what it does behind an interface.
type Notifier interface {
	Notify(dogma.ProcessEventScope)
}

// FinishIf ends the process when done is true.
func FinishIf(s dogma.ProcessEventScope, done bool) {
	if done {
		s.End()
	}
}
