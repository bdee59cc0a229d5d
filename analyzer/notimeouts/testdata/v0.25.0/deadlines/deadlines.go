// Package deadlines checks notimeouts on dogma v0.25.0, where timeouts are
// deadlines and the behaviour is NoDeadlineMessagesBehavior[R].
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

type Remind struct{}

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

type root struct{}

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type base struct{}

func (base) New() *root { return &root{} }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (base) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.ScheduleDeadline(&Remind{}, time.Now())
	return nil
}

type reminder struct {
	base
	dogma.NoDeadlineMessagesBehavior[*root] // want `reminder schedules deadline \*deadlines.Remind, but its HandleDeadline comes from dogma.NoDeadlineMessagesBehavior and panics when the deadline arrives: implement HandleDeadline`
}

func (reminder) Configure(c dogma.ProcessConfigurer) {
	c.Identity("reminder", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[*Started](), dogma.SchedulesDeadline[*Remind]())
}

// handled embeds the behaviour but overrides HandleDeadline.
type handled struct {
	base
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (handled) Configure(c dogma.ProcessConfigurer) {
	c.Identity("handled", "7195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[*Started](), dogma.SchedulesDeadline[*Remind]())
}

func (handled) HandleDeadline(context.Context, *root, dogma.ProcessDeadlineScope[*root], dogma.Deadline) error {
	return nil
}
