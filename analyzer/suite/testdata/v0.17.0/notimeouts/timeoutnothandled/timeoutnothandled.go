// Package timeoutnothandled tests timeout-not-handled on dogma v0.17.0, whose
// processes embed dogma.NoTimeoutMessagesBehavior, with look-alikes that must
// stay silent.
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

func (base) New() dogma.ProcessRoot { return &closure{} }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "r", true, nil
}

func (base) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ScheduleTimeout(&CloseDue{}, time.Now())
	return nil
}

// Reminder routes SchedulesTimeout and takes HandleTimeout from the
// behaviour, which panics.
type Reminder struct {
	base
	dogma.NoTimeoutMessagesBehavior // want `Reminder schedules timeout \*timeoutnothandled\.CloseDue, but its HandleTimeout comes from dogma\.NoTimeoutMessagesBehavior and panics when the timeout arrives: implement HandleTimeout`
}

func (Reminder) Configure(c dogma.ProcessConfigurer) {
	c.Identity("reminder", "23d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d02")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesTimeout[*CloseDue]())
}

// Handled embeds the behaviour but declares HandleTimeout: silent.
type Handled struct {
	base
	dogma.NoTimeoutMessagesBehavior
}

func (Handled) Configure(c dogma.ProcessConfigurer) {
	c.Identity("handled", "33d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d03")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesTimeout[*CloseDue]())
}

func (Handled) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}

// NoSchedules embeds the behaviour and schedules nothing: silent.
type NoSchedules struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (NoSchedules) Configure(c dogma.ProcessConfigurer) {
	c.Identity("no-schedules", "43d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d04")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount]())
}

func (NoSchedules) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "n", true, nil
}

func (NoSchedules) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(&CloseAccount{})
	return nil
}

// withBehavior embeds the behaviour one level down.
type withBehavior struct {
	dogma.NoTimeoutMessagesBehavior
}

// Nested takes HandleTimeout from the behaviour through withBehavior: the
// finding is at the type, since the field that brings it is not its own.
type Nested struct { // want `Nested schedules timeout \*timeoutnothandled\.CloseDue, but its HandleTimeout comes from dogma\.NoTimeoutMessagesBehavior`
	base
	withBehavior
}

func (Nested) Configure(c dogma.ProcessConfigurer) {
	c.Identity("nested", "192a1386-4024-430a-a5f6-7125ac916996")
	c.Routes(dogma.HandlesEvent[*AccountOpened](), dogma.ExecutesCommand[*CloseAccount](), dogma.SchedulesTimeout[*CloseDue]())
}
