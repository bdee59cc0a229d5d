package paths

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type Ship struct{}

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

type Remind struct{}

func (Remind) MessageDescription() string                  { return "remind" }
func (Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

type Opened struct{}

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type Closed struct{}

func (Closed) MessageDescription() string                { return "closed" }
func (Closed) Validate(dogma.EventValidationScope) error { return nil }

type base struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (base) Configure(dogma.ProcessConfigurer) {}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

type root struct {
	done bool
	kind string
}

func (r *root) update() { r.done = !r.done }

func finish(s dogma.ProcessEventScope) { s.End() }
func ship(s dogma.ProcessEventScope)   { s.ExecuteCommand(Ship{}) }

const debug = false

// Each handler below ends and executes on paths that exclude each other:
// silent.

type localBool struct{ base }

func (localBool) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	x := m == nil
	if x {
		s.End()
	}
	if !x {
		s.ExecuteCommand(Ship{})
	}
	return nil
}

type sameExpr struct{ base }

func (sameExpr) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m == nil {
		s.End()
	}
	if m != nil {
		s.ScheduleTimeout(Remind{}, time.Now())
	}
	return nil
}

type sameField struct{ base }

func (sameField) HandleEvent(_ context.Context, pr dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	r := pr.(*root)
	if r.done {
		s.End()
	}
	if !r.done {
		s.ExecuteCommand(Ship{})
	}
	return nil
}

type constants struct{ base }

func (constants) HandleEvent(_ context.Context, pr dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	r := pr.(*root)
	switch r.kind {
	case "a":
		s.End()
	case "b":
	}
	if r.kind == "b" {
		s.ExecuteCommand(Ship{})
	}
	return nil
}

type typeSwitches struct{ base }

func (typeSwitches) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	switch m.(type) {
	case Opened:
		s.End()
	}
	switch m.(type) {
	case Closed, nil:
		s.ExecuteCommand(Ship{})
	}
	return nil
}

type inHelpers struct{ base }

func (inHelpers) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	x := m == nil
	if x {
		finish(s)
	} else {
		ship(s)
	}
	if !x {
		ship(s)
	}
	return nil
}

type constant struct{ base }

func (constant) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.End()
	if debug {
		s.ExecuteCommand(Ship{})
	}
	return nil
}

// joined ends and executes on paths that can run: reported.
type joined struct{ base }

func (joined) HandleEvent(_ context.Context, pr dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	r := pr.(*root)

	x := m == nil
	if x {
		s.End()
	}
	x = !x
	if !x {
		s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
	}

	if r.done {
		s.End()
	}
	r.update()
	if !r.done {
		s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
	}

	switch m.(type) {
	case Opened:
		s.End()
	}
	switch m.(type) {
	case Opened, Closed:
		s.ScheduleTimeout(Remind{}, time.Now()) // want `s.ScheduleTimeout after s.End\(\) cancels`
	}
	return nil
}

// addressTaken lets a pointer change y: nothing is assumed about it.
type addressTaken struct{ base }

func (addressTaken) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	y := m == nil
	p := &y
	if y {
		s.End()
	}
	*p = !*p
	if !y {
		s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
	}
	return nil
}

func finishIf(s dogma.ProcessEventScope, done bool) {
	if done {
		s.End()
	}
}

// guardedHelper ends in a helper only when its argument is true: a path
// that then assumes it false is not ended.
type guardedHelper struct{ base }

func (guardedHelper) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	x := m == nil
	finishIf(s, x)
	if !x {
		s.ExecuteCommand(Ship{})
	}
	if x {
		s.ScheduleTimeout(Remind{}, time.Now()) // want `s.ScheduleTimeout after s.End\(\) in finishIf cancels`
	}
	return nil
}
