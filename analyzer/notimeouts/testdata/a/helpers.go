package a

import (
	"context"
	"time"

	"example.test/notimeouts/a/lib"

	"github.com/dogmatiq/dogma"
)

var moreRoutes []dogma.ProcessRoute

func remind(s dogma.ProcessEventScope) { s.ScheduleTimeout(Remind{}, time.Now()) }

// viaHelper schedules in a helper; its routes cannot be followed, so the
// timeout is either rejected or panics.
type viaHelper struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior // want `viaHelper schedules timeout a.Remind in remind, but its HandleTimeout comes from dogma.NoTimeoutMessagesBehavior, so the timeout is rejected if it is not routed and panics when it arrives if it is: implement HandleTimeout`
}

func (viaHelper) Configure(c dogma.ProcessConfigurer) {
	c.Identity("via-helper", "b195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(moreRoutes...)
}

func (viaHelper) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (viaHelper) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	remind(s)
	return nil
}

// viaLib schedules in a helper of another package.
type viaLib struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior // want `viaLib schedules timeout lib.Later in lib.RemindLater, but`
}

func (viaLib) Configure(c dogma.ProcessConfigurer) {
	c.Identity("via-lib", "c195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(moreRoutes...)
}

func (viaLib) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (viaLib) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	lib.RemindLater(s)
	return nil
}

// completeRoutes routes no timeout: scheduling one is scopecalls' finding,
// not this one.
type completeRoutes struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (completeRoutes) Configure(c dogma.ProcessConfigurer) {
	c.Identity("complete", "d195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[Started]())
}

func (completeRoutes) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (completeRoutes) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	remind(s)
	return nil
}

// throughValue schedules through a function value: not followed.
type throughValue struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (throughValue) Configure(c dogma.ProcessConfigurer) {
	c.Identity("through-value", "e195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(moreRoutes...)
}

func (throughValue) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (throughValue) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	f := remind
	f(s)
	return nil
}
