// Package afterend tests call-after-end.
//
// On dogma v0.17.0 ExecuteCommand and ScheduleTimeout panic after End():
// call-after-end.
package afterend

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type Started struct{}

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

type Ship struct{}

func (*Ship) MessageDescription() string                  { return "ship" }
func (*Ship) Validate(dogma.CommandValidationScope) error { return nil }
func (*Ship) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Ship) UnmarshalBinary([]byte) error                { return nil }

type Remind struct{}

func (*Remind) MessageDescription() string                  { return "remind" }
func (*Remind) Validate(dogma.TimeoutValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                { return nil }

// Every message type is registered, as real code does.
func init() {
	dogma.RegisterEvent[*Started]("e6457bd9-4fca-4d19-aa95-0011a7171fc9")
	dogma.RegisterCommand[*Ship]("2d7365d2-6e85-4385-be04-4f0b5656627e")
	dogma.RegisterTimeout[*Remind]("8d5ad535-6fff-4bfa-b2f3-bf6cf1243448")
}

type base struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (base) Configure(c dogma.ProcessConfigurer) {
	c.Identity("afterend", "2589d944-61c2-4b9e-9929-54405216add3")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.ExecutesCommand[*Ship](),
		dogma.SchedulesTimeout[*Remind](),
	)
}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// direct ends, then executes.
type direct struct{ base }

func (direct) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.End()
	s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
	return nil
}

// schedules ends on some path, then schedules.
type schedules struct{ base }

func (schedules) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

func (schedules) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	if m == nil {
		s.End()
	}
	s.ScheduleTimeout(&Remind{}, time.Now()) // want `s.ScheduleTimeout after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
	return nil
}

// finish ends the process in a helper.
func finish(s dogma.ProcessEventScope) { s.End() }

// ship executes in a helper.
func ship(s dogma.ProcessEventScope) {
	s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand in ship after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
}

// helpers ends in one helper and executes itself, then ends itself and
// executes in another helper.
type helpers struct{ base }

func (helpers) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m == nil {
		finish(s)
		s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand after s.End\(\) in finish panics on dogma v0\.\d+\.\S+, because the process instance has ended`
		return nil
	}
	s.End()
	ship(s)
	return nil
}

// Look-alikes that must stay silent.

// last executes before End().
type last struct{ base }

func (last) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(&Ship{})
	s.ScheduleTimeout(&Remind{}, time.Now())
	s.End()
	return nil
}

// exclusive ends and executes on exclusive branches.
type exclusive struct{ base }

func (exclusive) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m == nil {
		s.End()
	} else {
		s.ExecuteCommand(&Ship{})
	}
	return nil
}

// returns returns right after End().
type returns struct{ base }

func (returns) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m == nil {
		s.End()
		return nil
	}
	s.ExecuteCommand(&Ship{})
	return nil
}

// correlated tests one condition twice: no path ends and then executes.
type correlated struct{ base }

func (correlated) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	done := m == nil
	if done {
		s.End()
	}
	if !done {
		s.ExecuteCommand(&Ship{})
	}
	return nil
}

// fail never returns.
func fail() { panic("stop") }

// stops never returns after End(): the call after it never runs.
type stops struct{ base }

func (stops) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.End()
	fail()
	s.ExecuteCommand(&Ship{})
	return nil
}
