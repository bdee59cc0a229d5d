// Package endcancelled tests end-cancelled on dogma v0.15.0, where
// ExecuteCommand or ScheduleTimeout after End() cancels the End(), with
// look-alikes that must stay silent.
package endcancelled

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type process struct{}

func (process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("closure", "b1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e71")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.HandlesEvent[AccountClosed](),
		dogma.ExecutesCommand[CloseAccount](),
		dogma.SchedulesTimeout[CloseDue](),
	)
}

func (process) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

func (process) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "c", true, nil
}

// Cancels executes and schedules after End().
type Cancels struct{ process }

func (Cancels) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	s.End()
	s.ExecuteCommand(CloseAccount{}) // want `s\.ExecuteCommand after s\.End\(\) cancels the End\(\), so the process instance does not end: call End\(\) last, or return after it`
	return nil
}

func (Cancels) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.End()
	schedule(s)
	return nil
}

func schedule(s dogma.ProcessTimeoutScope) {
	s.ScheduleTimeout(CloseDue{}, time.Now()) // want `s\.ScheduleTimeout in schedule after s\.End\(\) cancels the End\(\)`
}

// EndsLast ends after its last command: silent.
type EndsLast struct{ process }

func (EndsLast) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	s.ExecuteCommand(CloseAccount{})
	s.ScheduleTimeout(CloseDue{}, time.Now())
	s.End()
	return nil
}

func (EndsLast) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.End()
	return nil
}

// Exclusive ends on one event and executes on the other: no path does both,
// so silent.
type Exclusive struct{ process }

func (Exclusive) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	switch m.(type) {
	case AccountClosed:
		s.End()
		return nil
	case AccountOpened:
		s.ExecuteCommand(CloseAccount{})
	}
	return nil
}

func (Exclusive) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	closed := s.InstanceID() == "closed"
	if closed {
		s.End()
	}
	if !closed {
		s.ScheduleTimeout(CloseDue{}, time.Now())
	}
	return nil
}

// Deferred ends in a deferred call, which runs after the command: silent.
// Its timeout handler defers the command instead, which runs after End().
type Deferred struct{ process }

func (Deferred) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	defer s.End()
	s.ExecuteCommand(CloseAccount{})
	return nil
}

func (Deferred) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	defer s.ExecuteCommand(CloseAccount{}) // want `s\.ExecuteCommand after s\.End\(\) cancels the End\(\)`
	s.End()
	return nil
}

// InClosure ends inside a closure it calls where it is written.
type InClosure struct{ process }

func (InClosure) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	func() { s.End() }()
	s.ExecuteCommand(CloseAccount{}) // want `s\.ExecuteCommand after s\.End\(\) cancels the End\(\)`
	return nil
}

func (InClosure) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.End()
	return nil
}
