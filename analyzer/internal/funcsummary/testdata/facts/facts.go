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

func Finish(s dogma.ProcessEventScope) { // want Finish:`summary param0<ends@20 ends-always first-call:End@20>`
	s.End()
}

func MaybeFinish(s dogma.ProcessEventScope, done bool) { // want MaybeFinish:`summary param0<ends@25 ends-if:param1=true first-call:End@25>`
	if done {
		s.End()
	}
}

func ShipThenRemind(s dogma.ProcessEventScope) { // want ShipThenRemind:`summary param0<ExecuteCommand:facts.Ship ScheduleTimeout:facts.Remind ExecuteCommand@30 ScheduleTimeout@31 first-call:ExecuteCommand@30>`
	s.ExecuteCommand(Ship{})
	s.ScheduleTimeout(Remind{}, time.Now())
}

func EndThenShip(s dogma.ProcessEventScope) { // want EndThenShip:`summary param0<ExecuteCommand:facts.Ship ends@35 ends-always ExecuteCommand@36 cancelled@35-36 first-call:End@35>`
	s.End()
	s.ExecuteCommand(Ship{})
}

// Both reaches the helpers' calls through them.
func Both(s dogma.ProcessEventScope) { // want Both:`summary param0<ExecuteCommand:facts.Ship ScheduleTimeout:facts.Remind ends@20 ends-always ExecuteCommand@30 ScheduleTimeout@31 first-call:ExecuteCommand@30>`
	ShipThenRemind(s)
	Finish(s)
}

// Escapes passes the scope to a function value: partial.
func Escapes(s dogma.ProcessEventScope, f func(dogma.ProcessEventScope)) { // want Escapes:`summary param0<partial>`
	f(s)
}

// Deferred ends at return, after the command.
func Deferred(s dogma.ProcessEventScope) { // want Deferred:`summary param0<ExecuteCommand:facts.Ship ends@52 ends-always ExecuteCommand@53 first-call:End@52>`
	defer s.End()
	s.ExecuteCommand(Ship{})
}

func unexported(s dogma.ProcessEventScope) { s.End() }

// NoScope takes no scope: no fact.
func NoScope(int) {}

// TooManyPaths has more combinations of conditions than are explored:
// nothing is claimed about the order of its calls.
func TooManyPaths(s dogma.ProcessEventScope, a, b, c, d, e, f, g, h, i, j, k, l, m bool) { // want TooManyPaths:`summary param0<ExecuteCommand:facts.Ship first-call:End@64 unsure>`
	s.End()
	for _, x := range []bool{a, b, c, d, e, f, g, h, i, j, k, l, m} {
		_ = x
	}
	if a {
		s.Log("a")
	}
	if b {
		s.Log("b")
	}
	if c {
		s.Log("c")
	}
	if d {
		s.Log("d")
	}
	if e {
		s.Log("e")
	}
	if f {
		s.Log("f")
	}
	if g {
		s.Log("g")
	}
	if h {
		s.Log("h")
	}
	if i {
		s.Log("i")
	}
	if j {
		s.Log("j")
	}
	if k {
		s.Log("k")
	}
	if l {
		s.Log("l")
	}
	if m {
		s.Log("m")
	}
	s.ExecuteCommand(Ship{})
}

// ManyConditions tests many conditions once each: none can contradict a
// later one, so none is remembered, and the paths stay few.
func ManyConditions(s dogma.ProcessEventScope, n int) { // want ManyConditions:`summary param0<ExecuteCommand:facts.Ship ends@\d+ ends-always ExecuteCommand@\d+ cancelled@\d+-\d+ first-call:End@\d+>`
	s.End()
	for i := range 13 {
		if n == i {
			s.Log("once")
		}
	}
	if n > 0 {
		s.Log("a")
	}
	if n > 1 {
		s.Log("b")
	}
	if n > 2 {
		s.Log("c")
	}
	if n > 3 {
		s.Log("d")
	}
	if n > 4 {
		s.Log("e")
	}
	if n > 5 {
		s.Log("f")
	}
	if n > 6 {
		s.Log("g")
	}
	if n > 7 {
		s.Log("h")
	}
	if n > 8 {
		s.Log("i")
	}
	if n > 9 {
		s.Log("j")
	}
	if n > 10 {
		s.Log("k")
	}
	if n > 11 {
		s.Log("l")
	}
	if n > 12 {
		s.Log("m")
	}
	s.ExecuteCommand(Ship{})
}

// Goroutine executes at some other time: partial.
func Goroutine(s dogma.ProcessEventScope) { // want Goroutine:`summary param0<ExecuteCommand:facts.Ship partial>`
	go func() { s.ExecuteCommand(Ship{}) }()
}

// LiteralArg passes the scope to a literal: partial.
func LiteralArg(s dogma.ProcessEventScope) { // want LiteralArg:`summary param0<partial>`
	func(t dogma.ProcessEventScope) { t.ExecuteCommand(Ship{}) }(s)
}

// Logs calls a scope method that neither produces nor ends: its first
// call is what the summary records.
func Logs(s dogma.ProcessEventScope) { // want Logs:`summary param0<first-call:Log@174>`
	s.Log("x")
	s.InstanceID()
}

// ViaHelper's first call is made by the helper it passes the scope to.
func ViaHelper(s dogma.ProcessEventScope) { // want ViaHelper:`summary param0<first-call:Log@174>`
	Logs(s)
}

// Stored keeps a literal that calls the scope for later, and a goroutine
// that does: neither runs during the call.
func Stored(s dogma.ProcessEventScope) func() { // want Stored:`summary param0<partial>`
	go func() { s.Log("later") }()
	return func() { s.Log("later") }
}

// Immediate calls a literal where it is written: its call runs now.
func Immediate(s dogma.ProcessEventScope) { // want Immediate:`summary param0<first-call:InstanceID@192>`
	func() { _ = s.InstanceID() }()
}
