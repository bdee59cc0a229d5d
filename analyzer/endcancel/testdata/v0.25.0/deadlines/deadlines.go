// Package deadlines checks that endcancel stays silent on dogma v0.25.0,
// where a call after End() panics rather than cancelling the End().
package deadlines

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

type root struct{}

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type order struct{}

func (order) Configure(c dogma.ProcessConfigurer) {
	c.Identity("order", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.ExecutesCommand[*Ship](),
		dogma.SchedulesDeadline[*Remind](),
	)
}

func (order) New() *root { return &root{} }

func (order) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// A call after End() panics on this API: not an End() that is cancelled.
func (order) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.End()
	s.ExecuteCommand(&Ship{})
	return nil
}

func (order) HandleDeadline(_ context.Context, _ *root, s dogma.ProcessDeadlineScope[*root], _ dogma.Deadline) error {
	s.End()
	s.ScheduleDeadline(&Remind{}, time.Now())
	return nil
}
