// Package unfollowed tests timeout-not-handled on dogma v0.16.0 for a
// process whose routes cannot be followed: it is reported when its
// HandleEvent schedules a timeout, itself or in a helper.
package unfollowed

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type base struct {
	dogma.StatelessProcessBehavior
	routes []dogma.ProcessRoute
}

func (h base) Configure(c dogma.ProcessConfigurer) {
	c.Identity("dynamic", "02f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b01")
	c.Routes(h.routes...)
}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "d", true, nil
}

// Schedules schedules a timeout in a helper.
type Schedules struct {
	base
	dogma.NoTimeoutMessagesBehavior // want `Schedules schedules timeout unfollowed\.CloseDue in remind, but its HandleTimeout comes from dogma\.NoTimeoutMessagesBehavior, so the timeout is rejected if it is not routed and panics when it arrives if it is: implement HandleTimeout`
}

func (Schedules) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	remind(s)
	return nil
}

func remind(s dogma.ProcessEventScope) {
	s.ScheduleTimeout(CloseDue{}, time.Now())
}

// Executes only executes commands: silent.
type Executes struct {
	base
	dogma.NoTimeoutMessagesBehavior
}

func (Executes) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(CloseAccount{})
	return nil
}
