// Package endcancelled shows that end-cancelled does not exist on dogma
// v0.16.0: a call after End() no longer cancels the End() but panics, which
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

// EndsLast ends after its last command and timeout: silent.
type EndsLast struct{}

func (EndsLast) Configure(c dogma.ProcessConfigurer) {
	c.Identity("ends-last", "13d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d01")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.HandlesEvent[AccountClosed](),
		dogma.ExecutesCommand[CloseAccount](),
		dogma.SchedulesTimeout[CloseDue](),
	)
}

func (EndsLast) New() dogma.ProcessRoot { return &closure{} }

func (EndsLast) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "c", true, nil
}

func (EndsLast) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	switch m.(type) {
	case AccountClosed:
		s.End()
		return nil
	case AccountOpened:
		s.ExecuteCommand(CloseAccount{})
		s.ScheduleTimeout(CloseDue{}, time.Now())
	}
	return nil
}

func (EndsLast) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.ExecuteCommand(CloseAccount{})
	s.End()
	return nil
}
