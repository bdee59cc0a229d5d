// Package afterend checks call-after-end on dogma v0.25.0, where
// ExecuteCommand, ScheduleDeadline and Mutate panic after End().
package afterend

import (
	"context"
	"errors"
	"time"

	"example.test/endcancel/afterend/lib"

	"github.com/dogmatiq/dogma"
)

type Remind struct{}

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

type root = lib.Root

type base struct {
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (base) Configure(dogma.ProcessConfigurer) {}

func (base) New() *root { return &root{} }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

type direct struct{ base }

func (direct) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	s.End()
	s.ExecuteCommand(&lib.Ship{}) // want `s.ExecuteCommand after s.End\(\) panics on dogma v0.25.x, because the process instance has ended: execute and schedule before End\(\), or return right after End\(\)`
	return nil
}

type mutates struct{ base }

func (mutates) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	if m == nil {
		s.End()
	}
	s.Mutate(func(r *root) { r.Done = true }) // want `s.Mutate after s.End\(\) panics on dogma v0.25.x, because the process instance has ended: mutate the root before End\(\)`
	return nil
}

type deadline struct{ base }

func (deadline) HandleEvent(context.Context, *root, dogma.ProcessEventScope[*root], dogma.Event) error {
	return nil
}

func (deadline) HandleDeadline(_ context.Context, _ *root, s dogma.ProcessDeadlineScope[*root], _ dogma.Deadline) error {
	s.End()
	s.ScheduleDeadline(&Remind{}, time.Now()) // want `s.ScheduleDeadline after s.End\(\) panics on dogma v0.25.x`
	return nil
}

// loops comes back to ExecuteCommand after End.
type loops struct{ base }

func (loops) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	for range 3 {
		s.ExecuteCommand(&lib.Ship{}) // want `s.ExecuteCommand after s.End\(\) panics`
		s.End()
	}
	return nil
}

// finish ends the process in a helper of this package.
func finish(s dogma.ProcessEventScope[*root]) { s.End() }

// ship executes a command in a helper of this package.
func ship(s dogma.ProcessEventScope[*root]) {
	s.ExecuteCommand(&lib.Ship{}) // want `s.ExecuteCommand in ship after s.End\(\) panics`
}

// endsInHelper ends in a helper, then executes itself.
type endsInHelper struct{ base }

func (endsInHelper) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	finish(s)
	s.ExecuteCommand(&lib.Ship{}) // want `s.ExecuteCommand after s.End\(\) in finish panics`
	return nil
}

// executesInHelper ends itself, then executes in a helper.
type executesInHelper struct{ base }

func (executesInHelper) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	ship(s)
	return nil
}

// otherPackage ends and executes in helpers of another package: reported
// at the call of the helper that executes.
type otherPackage struct{ base }

func (otherPackage) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	lib.Finish(s)
	lib.Send(s) // want `s.ExecuteCommand in lib.Send after s.End\(\) in lib.Finish panics`
	return nil
}

// Look-alikes that must stay silent.

// last executes and mutates before End().
type last struct{ base }

func (last) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) { r.Done = true })
	s.ExecuteCommand(&lib.Ship{})
	lib.Send(s)
	s.End()
	return nil
}

// exclusive ends on one branch and executes on the other.
type exclusive struct{ base }

func (exclusive) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	if m == nil {
		s.End()
	} else {
		s.ExecuteCommand(&lib.Ship{})
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
	s.ExecuteCommand(&lib.Ship{})
	return nil
}

// correlated tests the same condition twice: no path both ends and
// executes.
type correlated struct{ base }

func (correlated) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	done := m == nil
	if done {
		s.End()
	}
	if !done {
		s.ExecuteCommand(&lib.Ship{})
	}
	return nil
}

// cases ends and executes in different cases of a switch.
type cases struct{ base }

func (cases) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	switch m.MessageDescription() {
	case "done":
		s.End()
	default:
		s.Mutate(func(r *root) { r.Done = true })
		s.ExecuteCommand(&lib.Ship{})
	}
	return nil
}

// fail never returns.
func fail() { panic(errors.New("stop")) }

// neverReturns stops after End(): the calls after it never run.
type neverReturns struct{ base }

func (neverReturns) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], m dogma.Event) error {
	s.End()
	if m == nil {
		panic("stop")
	}
	fail()
	s.ExecuteCommand(&lib.Ship{})
	return nil
}

// executor is not a scope: CommandExecutor.ExecuteCommand may follow End().
type executor struct {
	base
	x dogma.CommandExecutor
}

func (h executor) HandleEvent(ctx context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	return h.x.ExecuteCommand(ctx, &lib.Ship{})
}

// goroutine executes on some other goroutine: not followed.
type goroutine struct{ base }

func (goroutine) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	go ship(s)
	return nil
}
