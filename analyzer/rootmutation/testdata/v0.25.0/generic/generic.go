// Package generic checks aggregate-root-mutated on dogma v0.25.0, where
// handlers are generic over a pointer root type.
package generic

import (
	"example.test/rootmutation/generic/lib"
	"example.test/rootmutation/generic/plain"

	"github.com/dogmatiq/dogma"
)

type Open struct{ ID string }

func (*Open) MessageDescription() string                  { return "open" }
func (*Open) Validate(dogma.CommandValidationScope) error { return nil }
func (*Open) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Open) UnmarshalBinary([]byte) error                { return nil }

type Opened struct{ ID string }

func (*Opened) MessageDescription() string                { return "opened" }
func (*Opened) Validate(dogma.EventValidationScope) error { return nil }
func (*Opened) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Opened) UnmarshalBinary([]byte) error              { return nil }

func init() {
	dogma.RegisterCommand[*Open]("06053e34-2f2c-4fcd-9109-423d537618e0")
	dogma.RegisterEvent[*Opened]("75218fc1-9af8-47e1-a807-64a6fc452e46")
}

type account struct {
	Opened bool
	Count  lib.Counter
	Totals map[string]int
	Tally  plain.Tally
}

func (*account) AggregateInstanceDescription() string { return "" }
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

func (a *account) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case *Opened:
		a.Opened = true
		a.Count.Inc()
	}
}

// Open records an event and reads the root: dogmatiq/example's shape.
func (a *account) Open(s dogma.AggregateCommandScope[*account], m *Open) {
	if a.Opened || a.Count.Value() > 0 {
		return
	}
	s.RecordEvent(&Opened{ID: m.ID})
}

func (a *account) markOpened() { a.Opened = true }

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "fe66826a-aebd-429c-a9e1-091c0bf63a68")
	c.Routes(dogma.HandlesCommand[*Open](), dogma.RecordsEvent[*Opened]())
}

func (AccountHandler) New() *account { return &account{} }

func (AccountHandler) RouteCommandToInstance(dogma.Command) string { return "x" }

func (AccountHandler) HandleCommand(a *account, s dogma.AggregateCommandScope[*account], c dogma.Command) {
	switch m := c.(type) {
	case *Open:
		a.Open(s, m)
		a.Opened = true         // want `HandleCommand must not modify the root: it assigns to a.Opened \(field Opened\)`
		a.markOpened()          // want `it calls account.markOpened, which assigns to a.Opened \(field Opened\)`
		a.Count.Inc()           // want `it calls lib.Counter.Inc, which increments c.N \(field Count\)`
		lib.SetAll(a.Totals, 0) // want `it calls lib.SetAll, which assigns to m\[k\] \(field Totals\)`
		a.ApplyEvent(&Opened{}) // want `it calls ApplyEvent on a, which the engine calls itself`
		a.Tally.Bump()          // plain exports no facts: not followed
		// Look-alikes: a copy of a field, a root of its own.
		c := a.Count
		c.Inc()
		fresh := &account{}
		fresh.Opened = true
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// recorder has HandleCommand with the signature of another root type: not
// this handler's method.
type recorder struct{}

func (recorder) HandleCommand(a *account, s dogma.AggregateCommandScope[*account], c dogma.Command) {
	a.Opened = true
}
