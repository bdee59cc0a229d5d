// Package endcancelled shows that end-cancelled does not exist on dogma
// v0.25.0: a call after End() no longer cancels the End() but panics, which
// is call-after-end's concern (tested in ../afterend). This package holds
// only code that ends a process correctly, which must stay silent.
package endcancelled

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

// EndsLast ends after its last command and deadline: silent.
type EndsLast struct{}

func (EndsLast) Configure(c dogma.ProcessConfigurer) {
	c.Identity("ends-last", "13d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d01")
	c.Routes(
		dogma.HandlesEvent[*AccountOpened](),
		dogma.HandlesEvent[*AccountClosed](),
		dogma.ExecutesCommand[*CloseAccount](),
		dogma.SchedulesDeadline[*CloseDue](),
	)
}

func (EndsLast) New() *closure { return &closure{} }

func (EndsLast) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "c", true, nil
}

func (EndsLast) HandleEvent(_ context.Context, _ *closure, s dogma.ProcessEventScope[*closure], m dogma.Event) error {
	switch m.(type) {
	case *AccountClosed:
		s.End()
		return nil
	case *AccountOpened:
		s.ExecuteCommand(&CloseAccount{})
		s.ScheduleDeadline(&CloseDue{}, time.Now())
	}
	return nil
}

func (EndsLast) HandleDeadline(_ context.Context, _ *closure, s dogma.ProcessDeadlineScope[*closure], _ dogma.Deadline) error {
	s.ExecuteCommand(&CloseAccount{})
	s.End()
	return nil
}
