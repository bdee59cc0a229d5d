// Package timeoutnothandled tests timeout-not-handled on dogma v0.15.0,
// where the behaviour is dogma.NoTimeoutMessagesBehavior, with look-alikes
// that must stay silent.
package timeoutnothandled

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type base struct{}

func (base) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "r", true, nil
}

func (base) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ScheduleTimeout(CloseDue{}, time.Now())
	return nil
}

// Reminder routes SchedulesTimeout and takes HandleTimeout from the
// behaviour, which panics.
type Reminder struct {
	base
	dogma.NoTimeoutMessagesBehavior // want `Reminder schedules timeout timeoutnothandled\.CloseDue, but its HandleTimeout comes from dogma\.NoTimeoutMessagesBehavior and panics when the timeout arrives: implement HandleTimeout`
}

func (Reminder) Configure(c dogma.ProcessConfigurer) {
	c.Identity("reminder", "c1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e72")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount](), dogma.SchedulesTimeout[CloseDue]())
}

// Handled embeds the behaviour but declares HandleTimeout: silent.
type Handled struct {
	base
	dogma.NoTimeoutMessagesBehavior
}

func (Handled) Configure(c dogma.ProcessConfigurer) {
	c.Identity("handled", "d1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e73")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount](), dogma.SchedulesTimeout[CloseDue]())
}

func (Handled) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}

// NoSchedules embeds the behaviour and schedules nothing: silent.
type NoSchedules struct {
	dogma.NoTimeoutMessagesBehavior
}

func (NoSchedules) Configure(c dogma.ProcessConfigurer) {
	c.Identity("no-schedules", "e1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e74")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount]())
}

func (NoSchedules) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

func (NoSchedules) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "n", true, nil
}

func (NoSchedules) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(CloseAccount{})
	return nil
}

// withBehavior embeds the behaviour one level down.
type withBehavior struct {
	dogma.NoTimeoutMessagesBehavior
}

// Nested takes HandleTimeout from the behaviour through withBehavior: the
// finding is at the type, since the field that brings it is not its own.
type Nested struct { // want `Nested schedules timeout timeoutnothandled\.CloseDue, but its HandleTimeout comes from dogma\.NoTimeoutMessagesBehavior`
	base
	withBehavior
}

func (Nested) Configure(c dogma.ProcessConfigurer) {
	c.Identity("nested", "f1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e76")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount](), dogma.SchedulesTimeout[CloseDue]())
}
