package a

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

type process struct{ dogma.StatelessProcessBehavior }

func (process) Configure(dogma.ProcessConfigurer) {}

func (process) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (process) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	done := m == nil
	if done {
		s.End()
	}
	s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels the End\(\), so the process instance does not end`

	s.End()
	for i := 0; i < 3; i++ {
		s.ScheduleTimeout(Remind{}, time.Now()) // want `s.ScheduleTimeout after s.End\(\) cancels`
	}
	return nil
}

func (process) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	// The loop comes back to ExecuteCommand after End.
	for range 3 {
		s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
		s.End()
	}
	return nil
}

// good ends last, or returns after End; it cancels its End() in a
// deferred call and in a helper, and through a function value, which is not
// followed.
type good struct{ dogma.StatelessProcessBehavior }

func (good) Configure(dogma.ProcessConfigurer) {}

func (good) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (good) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	if m == nil {
		s.End()
		return nil
	}
	s.ExecuteCommand(Ship{})
	s.ScheduleTimeout(Remind{}, time.Now())
	defer s.ExecuteCommand(Ship{}) // want `s.ExecuteCommand after s.End\(\) cancels`
	s.End()
	f := func() { s.ExecuteCommand(Ship{}) }
	f()
	schedule(s)
	return nil
}

func schedule(s dogma.ProcessEventScope) {
	s.ScheduleTimeout(Remind{}, time.Now()) // want `s.ScheduleTimeout in schedule after s.End\(\) cancels`
}

func (good) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.End()
	panic("unreachable")
	s.ExecuteCommand(Ship{})
	return nil
}

// other is a look-alike: it is not a process handler.
type other struct{}

type fakeScope interface {
	End()
	ExecuteCommand(dogma.Command)
}

func (other) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s fakeScope, m dogma.Event) error {
	s.End()
	s.ExecuteCommand(Ship{})
	return nil
}

// suppressed documents an intended cancellation.
type suppressed struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (suppressed) Configure(dogma.ProcessConfigurer) {}

func (suppressed) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (suppressed) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.End()
	//dogmavet:ignore end-cancelled the retry command must outlive the instance
	s.ExecuteCommand(Ship{})
	return nil
}

// generic is a generic process.
type generic[T dogma.Command] struct{ dogma.StatelessProcessBehavior }

func (generic[T]) Configure(dogma.ProcessConfigurer) {}

func (generic[T]) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (generic[T]) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	var c T
	s.End()
	s.ExecuteCommand(c) // want `s.ExecuteCommand after s.End\(\) cancels`
	return nil
}

func (generic[T]) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}

// byCase ends in one case and executes in another: no path joins them.
type byCase struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (byCase) Configure(dogma.ProcessConfigurer) {}

func (byCase) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (byCase) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	switch m.(type) {
	case nil:
		s.End()
	default:
		s.ExecuteCommand(Ship{})
	}
	return nil
}
