// Package afterend tests call-after-end.
//
// On dogma v0.25.0 ExecuteCommand, ScheduleDeadline and Mutate panic
// after End(): call-after-end.
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

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

// Every message type is registered, as real code does.
func init() {
	dogma.RegisterEvent[*Started]("d3c06dfe-6697-4974-ae1a-2c45224cb579")
	dogma.RegisterCommand[*Ship]("76255be8-a40e-431d-a490-9fbbdda6a94b")
	dogma.RegisterDeadline[*Remind]("462d0fa3-b0d6-4b2f-a865-46c93ca0df4e")
}

type root struct{ done bool }

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type base struct {
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (base) New() *root { return &root{} }

func (base) Configure(c dogma.ProcessConfigurer) {
	c.Identity("afterend", "6f9434ba-6c0c-4d73-9887-166f0af7a261")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.ExecutesCommand[*Ship](),
		dogma.SchedulesDeadline[*Remind](),
	)
}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// direct ends, then executes.
type direct struct{ base }

func (direct) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
	return nil
}

// schedules ends on some path, then schedules.
type schedules struct{ base }

func (schedules) HandleEvent(context.Context, *root, dogma.ProcessEventScope[*root], dogma.Event) error {
	return nil
}

func (schedules) HandleDeadline(_ context.Context, _ *root, s dogma.ProcessDeadlineScope[*root], m dogma.Deadline) error {
	if m == nil {
		s.End()
	}
	s.ScheduleDeadline(&Remind{}, time.Now()) // want `s.ScheduleDeadline after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
	return nil
}

// mutates changes the root after End().
type mutates struct{ base }

func (mutates) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	if m == nil {
		s.End()
	}
	s.Mutate(func(r *root) { r.done = true }) // want `s.Mutate after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
	return nil
}

// finish ends the process in a helper.
func finish(s dogma.ProcessEventScope[*root]) { s.End() }

// ship executes in a helper.
func ship(s dogma.ProcessEventScope[*root]) {
	s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand in ship after s.End\(\) panics on dogma v0\.\d+\.\S+, because the process instance has ended`
}

// helpers ends in one helper and executes itself, then ends itself and
// executes in another helper.
type helpers struct{ base }

func (helpers) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
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

func (last) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) { r.done = true })
	s.ExecuteCommand(&Ship{})
	s.ScheduleDeadline(&Remind{}, time.Now())
	s.End()
	return nil
}

// exclusive ends and executes on exclusive branches.
type exclusive struct{ base }

func (exclusive) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	if m == nil {
		s.End()
	} else {
		s.ExecuteCommand(&Ship{})
	}
	return nil
}

// returns returns right after End().
type returns struct{ base }

func (returns) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	if m == nil {
		s.End()
		return nil
	}
	s.ExecuteCommand(&Ship{})
	return nil
}

// correlated tests one condition twice: no path ends and then executes.
type correlated struct{ base }

func (correlated) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
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

func (stops) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	fail()
	s.ExecuteCommand(&Ship{})
	return nil
}
