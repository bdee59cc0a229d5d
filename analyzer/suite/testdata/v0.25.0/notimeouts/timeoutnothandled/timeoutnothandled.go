// Package timeoutnothandled tests timeout-not-handled on dogma v0.25.0,
// where timeouts are deadlines and the behaviour is
// dogma.NoDeadlineMessagesBehavior[R]: the findings must use those names.
// Look-alikes must stay silent.
package timeoutnothandled

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

type base struct{}

func (base) New() *closure { return &closure{} }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "r", true, nil
}

func (base) HandleEvent(_ context.Context, _ *closure, s dogma.ProcessEventScope[*closure], _ dogma.Event) error {
	s.ScheduleDeadline(&CloseDue{}, time.Now())
	return nil
}

// Reminder routes SchedulesDeadline and takes HandleDeadline from the
// behaviour, which panics.
type Reminder struct {
	base
	dogma.NoDeadlineMessagesBehavior[*closure] // want `Reminder schedules deadline \*timeoutnothandled\.CloseDue, but its HandleDeadline comes from dogma\.NoDeadlineMessagesBehavior and panics when the deadline arrives: implement HandleDeadline`
}

func (Reminder) Configure(c dogma.ProcessConfigurer) {
	c.Identity("reminder", "23d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d02")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesDeadline[*CloseDue]())
}

// Handled embeds the behaviour but declares HandleDeadline: silent.
type Handled struct {
	base
	dogma.NoDeadlineMessagesBehavior[*closure]
}

func (Handled) Configure(c dogma.ProcessConfigurer) {
	c.Identity("handled", "33d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d03")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesDeadline[*CloseDue]())
}

func (Handled) HandleDeadline(context.Context, *closure, dogma.ProcessDeadlineScope[*closure], dogma.Deadline) error {
	return nil
}

// NoSchedules embeds the behaviour and schedules nothing: silent.
type NoSchedules struct {
	dogma.StatelessProcessBehavior
	dogma.NoDeadlineMessagesBehavior[*dogma.StatelessProcessRoot]
}

func (NoSchedules) Configure(c dogma.ProcessConfigurer) {
	c.Identity("no-schedules", "43d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d04")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount]())
}

func (NoSchedules) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "n", true, nil
}

func (NoSchedules) HandleEvent(_ context.Context, _ *dogma.StatelessProcessRoot, s dogma.ProcessEventScope[*dogma.StatelessProcessRoot], _ dogma.Event) error {
	s.ExecuteCommand(&CloseAccount{})
	return nil
}

// withBehavior embeds the behaviour one level down.
type withBehavior struct {
	dogma.NoDeadlineMessagesBehavior[*closure]
}

// Nested takes HandleDeadline from the behaviour through withBehavior: the
// finding is at the type, since the field that brings it is not its own.
type Nested struct { // want `Nested schedules deadline \*timeoutnothandled\.CloseDue, but its HandleDeadline comes from dogma\.NoDeadlineMessagesBehavior`
	base
	withBehavior
}

func (Nested) Configure(c dogma.ProcessConfigurer) {
	c.Identity("nested", "a15a9149-8094-4361-9b1b-1dcd7aad45af")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesDeadline[*CloseDue]())
}
