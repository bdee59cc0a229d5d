package facts

import (
	"time"

	"github.com/dogmatiq/dogma"
)

type Ship struct{}

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

type Remind struct{}

func (Remind) MessageDescription() string                  { return "remind" }
func (Remind) Validate(dogma.TimeoutValidationScope) error { return nil }

func Finish(s dogma.ProcessEventScope) { // want Finish:`summary param0<ends@20 ends-always>`
	s.End()
}

func MaybeFinish(s dogma.ProcessEventScope, done bool) { // want MaybeFinish:`summary param0<ends@25 ends-if:param1=true>`
	if done {
		s.End()
	}
}

func ShipThenRemind(s dogma.ProcessEventScope) { // want ShipThenRemind:`summary param0<ExecuteCommand:facts.Ship ScheduleTimeout:facts.Remind ExecuteCommand@30 ScheduleTimeout@31>`
	s.ExecuteCommand(Ship{})
	s.ScheduleTimeout(Remind{}, time.Now())
}

func EndThenShip(s dogma.ProcessEventScope) { // want EndThenShip:`summary param0<ExecuteCommand:facts.Ship ends@35 ends-always ExecuteCommand@36 cancelled@35-36>`
	s.End()
	s.ExecuteCommand(Ship{})
}

// Both reaches the helpers' calls through them.
func Both(s dogma.ProcessEventScope) { // want Both:`summary param0<ExecuteCommand:facts.Ship ScheduleTimeout:facts.Remind ends@20 ends-always ExecuteCommand@30 ScheduleTimeout@31>`
	ShipThenRemind(s)
	Finish(s)
}

// Escapes passes the scope to a function value: partial.
func Escapes(s dogma.ProcessEventScope, f func(dogma.ProcessEventScope)) { // want Escapes:`summary param0<partial>`
	f(s)
}

// Deferred ends at return, after the command.
func Deferred(s dogma.ProcessEventScope) { // want Deferred:`summary param0<ExecuteCommand:facts.Ship ends@52 ends-always ExecuteCommand@53>`
	defer s.End()
	s.ExecuteCommand(Ship{})
}

func unexported(s dogma.ProcessEventScope) { s.End() }

// NoScope takes no scope: no fact.
func NoScope(int) {}
