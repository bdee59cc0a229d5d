package a

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{}

func (Started) MessageDescription() string                { return "started" }
func (Started) Validate(dogma.EventValidationScope) error { return nil }

type Remind struct{}

func (Remind) MessageDescription() string                  { return "remind" }
func (Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

type base struct{ dogma.StatelessProcessBehavior }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (base) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

type reminder struct {
	base
	dogma.NoTimeoutMessagesBehavior // want `reminder schedules timeout a.Remind, but its HandleTimeout comes from dogma.NoTimeoutMessagesBehavior and panics when the timeout arrives: implement HandleTimeout`
}

func (reminder) Configure(c dogma.ProcessConfigurer) {
	c.Identity("reminder", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started](), dogma.SchedulesTimeout[Remind]())
}

// quiet schedules nothing: the embedded behaviour is right.
type quiet struct {
	base
	dogma.NoTimeoutMessagesBehavior
}

func (quiet) Configure(c dogma.ProcessConfigurer) {
	c.Identity("quiet", "6195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started]())
}

// handled embeds the behaviour but overrides HandleTimeout.
type handled struct {
	base
	dogma.NoTimeoutMessagesBehavior
}

func (handled) Configure(c dogma.ProcessConfigurer) {
	c.Identity("handled", "7195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started](), dogma.SchedulesTimeout[Remind]())
}

func (handled) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}

// nested gets the behaviour through another embedded type.
type noTimeouts struct {
	dogma.NoTimeoutMessagesBehavior
}

type nested struct { // want `nested schedules timeout a.Remind`
	base
	noTimeouts
}

func (nested) Configure(c dogma.ProcessConfigurer) {
	c.Identity("nested", "8195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started](), dogma.SchedulesTimeout[Remind]())
}

// suppressed documents why it is fine.
type suppressed struct {
	base
	//dogmavet:ignore timeout-not-handled the scheduling code is unreachable until v2
	dogma.NoTimeoutMessagesBehavior
}

func (suppressed) Configure(c dogma.ProcessConfigurer) {
	c.Identity("suppressed", "9195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started](), dogma.SchedulesTimeout[Remind]())
}

// generic is a generic process; its timeout route names a concrete type.
type generic[E dogma.Event] struct {
	base
	dogma.NoTimeoutMessagesBehavior // want `generic schedules timeout a.Remind`
}

func (generic[E]) Configure(c dogma.ProcessConfigurer) {
	c.Identity("generic", "a195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[E](), dogma.SchedulesTimeout[Remind]())
}
