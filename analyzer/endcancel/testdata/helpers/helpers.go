package helpers

import (
	"context"
	"time"

	"example.test/endcancel/helpers/lib"

	"github.com/dogmatiq/dogma"
)

type base struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (base) Configure(dogma.ProcessConfigurer) {}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// finish ends the process in a helper of this package.
func finish(s dogma.ProcessEventScope) { s.End() }

// ship executes a command in a helper of this package.
func ship(s dogma.ProcessEventScope) {
	s.ExecuteCommand(lib.Ship{}) // want `s.ExecuteCommand in ship after s.End\(\) in finish cancels the End\(\)`
}

type endsInHelper struct{ base }

func (endsInHelper) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	finish(s)
	ship(s)
	return nil
}

// root is a process root whose methods receive the scope.
type root struct{ done bool }

func (r *root) close(s dogma.ProcessEventScope) {
	r.done = true
	s.End()
}

type rootMethod struct{ base }

func (rootMethod) HandleEvent(_ context.Context, pr dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	r := pr.(*root)
	r.close(s)
	s.ScheduleTimeout(lib.Remind{}, time.Now()) // want `s.ScheduleTimeout after s.End\(\) in root.close cancels`
	return nil
}

type inClosure struct{ base }

func (inClosure) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	func() { s.End() }()
	defer func() {
		s.ExecuteCommand(lib.Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
	}()
	return nil
}

type otherPackage struct{ base }

func (otherPackage) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	lib.Finish(s)
	lib.RemindLater(s) // want `s.ScheduleTimeout in lib.RemindLater after s.End\(\) in lib.Finish cancels`
	return nil
}

type otherPackageInside struct{ base }

func (otherPackageInside) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	lib.FinishThenShip(s) // want `s.ExecuteCommand in lib.FinishThenShip after s.End\(\) in lib.FinishThenShip cancels`
	return nil
}

// ping and pong call each other: the recursion is cut, and what each does
// directly still counts.
func ping(s dogma.ProcessEventScope, n int) {
	if n > 0 {
		pong(s, n-1)
	}
	s.End()
}

func pong(s dogma.ProcessEventScope, n int) {
	ping(s, n)
}

type recursive struct{ base }

func (recursive) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	ping(s, 3)
	s.ExecuteCommand(lib.Ship{}) // want `s.ExecuteCommand after s.End\(\) in ping cancels`
	return nil
}

// Look-alikes that must stay silent.

type otherScope struct {
	base
	audit dogma.ProcessEventScope
}

// differentScope ends one scope and executes on another.
func (h otherScope) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	finish(h.audit)
	s.ExecuteCommand(lib.Ship{})
	return nil
}

type functionValue struct {
	base
	notifier lib.Notifier
}

func (h functionValue) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.End()
	f := ship
	f(s)                 // a function value: not followed
	h.notifier.Notify(s) // an interface method: not followed
	return nil
}

type shipsFirst struct{ base }

func (shipsFirst) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	ship(s)
	lib.RemindLater(s)
	finish(s)
	return nil
}

// guarded ends through a helper of another package only when its argument
// holds; the condition travels in the fact.
type guarded struct{ base }

func (guarded) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	done := m == nil
	lib.FinishIf(s, done)
	if !done {
		s.ExecuteCommand(lib.Ship{})
	}
	return nil
}
