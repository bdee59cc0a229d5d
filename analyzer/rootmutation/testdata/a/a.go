// Package a checks aggregate-root-mutated on dogma v0.15.0, where the root
// is the dogma.AggregateRoot interface and handlers assert its type.
package a

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Open struct{ ID string }

func (Open) MessageDescription() string                  { return "open" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (Opened) MessageDescription() string                { return "opened" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type config struct {
	N int
	M map[string]int
}

func (c *config) set(n int) { c.N = n }

type limits struct{ Max int }

type account struct {
	Opened  bool
	Balance int
	Tags    map[string]bool
	Items   []string
	Config  config
	Limits  *limits
	ptrs    []*limits
	vals    []config
	each    func(func(*limits) bool)
}

// ApplyEvent is the one place that changes the root.
func (a *account) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case Opened:
		a.Opened = true
		a.Balance = 0
	}
}

// open only records an event, as dogmatiq/example's root methods do.
func (a *account) open(s dogma.AggregateCommandScope, m Open) {
	if a.Opened || a.Balance > 0 {
		return
	}
	s.RecordEvent(Opened{ID: m.ID})
}

func (a *account) credit(n int)   { a.Balance += n }
func (a *account) deposit(n int)  { a.credit(n) }
func (a account) shadow()         { a.Balance = 9 } // a copy
func (a *account) self() *account { return a }

func reset(a *account)        { a.Items = nil }
func bump(c *config)          { c.N++ }
func fill(c config)           { c.M["k"] = 1 } // the map is shared with the caller's copy
func local(c config)          { c.N = 2 }      // the copy only
func readOnly(a *account) int { return a.Balance }

type base struct{}

func (base) Configure(dogma.AggregateConfigurer)         {}
func (base) New() dogma.AggregateRoot                    { return &account{} }
func (base) RouteCommandToInstance(dogma.Command) string { return "x" }

type direct struct{ base }

func (direct) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
	a.Balance = 1                  // want `direct.HandleCommand must not modify the root: it assigns to a.Balance \(field Balance\); record an event with s.RecordEvent and change the field in ApplyEvent`
	a.Balance--                    // want `it decrements a.Balance \(field Balance\)`
	r.(*account).Balance++         // want `it increments r.\(\*account\).Balance \(field Balance\)`
	a.Tags["x"] = true             // want `it assigns to a.Tags\["x"\] \(field Tags\)`
	a.Items = append(a.Items, "x") // want `it appends to a.Items \(field Items\)`
	delete(a.Tags, "y")            // want `it deletes from a.Tags \(field Tags\)`
	clear(a.Items)                 // want `it clears a.Items \(field Items\)`
	*a = account{}                 // want `it assigns to \*a;`
	a.Config.N = 3                 // want `it assigns to a.Config.N \(field Config\)`
	a.Limits.Max = 4               // want `it assigns to a.Limits.Max \(field Limits\)`
	s.RecordEvent(Opened{})
}

type aliases struct{ base }

func (aliases) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
	t := a.Tags
	t["x"] = true // want `it assigns to t\["x"\] \(field Tags\)`
	l := a.Limits
	l.Max = 1 // want `it assigns to l.Max \(field Limits\)`
	for _, p := range a.ptrs {
		p.Max = 2 // want `it assigns to p.Max \(field ptrs\)`
	}
	switch x := r.(type) {
	case *account:
		x.Opened = true // want `it assigns to x.Opened \(field Opened\)`
	}
	var same = a
	same.Balance = 5 // want `it assigns to same.Balance \(field Balance\)`
}

type helpers struct{ base }

func (helpers) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
	a.open(s, c.(Open))
	a.credit(1)                      // want `it calls account.credit, which assigns to a.Balance \(field Balance\)`
	a.deposit(1)                     // want `it calls account.deposit, which \(through account.credit\) assigns to a.Balance \(field Balance\)`
	reset(a)                         // want `it calls reset, which assigns to a.Items \(field Items\)`
	bump(&a.Config)                  // want `it calls bump, which increments c.N \(field Config\)`
	fill(a.Config)                   // want `it calls fill, which assigns to c.M\["k"\] \(field Config\)`
	a.Config.set(2)                  // want `it calls config.set, which assigns to c.N \(field Config\)`
	a.self().Balance = 1             // not followed: the result of a call
	func() { a.Balance = 0 }()       // want `it assigns to a.Balance`
	defer func() { a.Items = nil }() // want `it assigns to a.Items`
}

type applies struct{ base }

func (applies) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	s.RecordEvent(Opened{})
	r.ApplyEvent(Opened{})            // want `it calls ApplyEvent on r, which the engine calls itself for each recorded event, so the event is applied twice; record the event with s.RecordEvent only`
	r.(*account).ApplyEvent(Opened{}) // want `it calls ApplyEvent on r.\(\*account\)`
}

type mutator interface{ Mutate() }

// lookalikes changes nothing the root reaches.
type lookalikes struct{ base }

func (lookalikes) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
	// Reading fields.
	if a.Balance > 0 && len(a.Tags) > 0 && readOnly(a) > 1 {
		s.RecordEvent(Opened{})
	}
	x := a.Balance
	x++
	// A copy of a struct field, changed.
	cfg := a.Config
	cfg.N = 1
	cfg.set(2)
	local(a.Config)
	a.shadow()
	p := &cfg
	p.N = 3
	for _, v := range a.vals {
		v.N = 4
	}
	for l := range a.each {
		l.Max = 5 // what an iterator yields is not known
	}
	// A local value of the root's type.
	acc := &account{}
	acc.Balance = 1
	acc.ApplyEvent(Opened{})
	replay := *a
	replay.ApplyEvent(Opened{}) // a copy of the root, to see what an event would do
	var other account
	other.credit(1)
	// A variable assigned again holds what is not proven to be the root's.
	t := a.Tags
	t = map[string]bool{}
	t["x"] = true
	// Code not followed: interface methods, function values, literals
	// that are not called where they are written.
	var m mutator
	m.Mutate()
	f := a.credit
	f(1)
	later := func() { a.Balance = 1 }
	_ = later
	// Assigning the parameter itself.
	r = &account{}
	_ = r
}

// reassigned assigns its root parameter: what it holds afterwards is not
// the engine's root, so nothing is claimed.
type reassigned struct{ base }

func (reassigned) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	r = &account{}
	r.(*account).Balance = 1
}

// notHandler has a HandleCommand method but is no aggregate handler.
type notHandler struct{}

func (notHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	r.(*account).Balance = 1
}

// proc is a process: on v0.15.0 changing its root directly is the way.
type proc struct {
	dogma.NoTimeoutMessagesBehavior
}

func (proc) Configure(dogma.ProcessConfigurer) {}
func (proc) New() dogma.ProcessRoot            { return &limits{} }
func (proc) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}
func (proc) HandleEvent(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	r.(*limits).Max = 1
	return nil
}

// suppressed carries a directive for the rule.
type suppressed struct{ base }

func (suppressed) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	//dogmavet:ignore aggregate-root-mutated a cache the engine never persists
	r.(*account).Balance = 1
	s.RecordEvent(Opened{})
}

// generic handlers of a type parameter: the root is the interface.
type generic[T dogma.Command] struct{ base }

func (generic[T]) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	r.(*account).Items[0] = "x" // want `it assigns to r.\(\*account\).Items\[0\] \(field Items\)`
}
