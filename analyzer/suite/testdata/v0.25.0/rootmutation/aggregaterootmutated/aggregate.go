// Package aggregaterootmutated checks aggregate-root-mutated on dogma v0.25.0:
// HandleCommand, and the root methods it calls, must not change the root;
// only ApplyEvent does, when the engine applies a recorded event.
package aggregaterootmutated

import "github.com/dogmatiq/dogma"

type Deposit struct{ Amount int }

func (*Deposit) MessageDescription() string                  { return "deposit" }
func (*Deposit) Validate(dogma.CommandValidationScope) error { return nil }
func (*Deposit) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Deposit) UnmarshalBinary([]byte) error                { return nil }

type Deposited struct{ Amount int }

func (*Deposited) MessageDescription() string                { return "deposited" }
func (*Deposited) Validate(dogma.EventValidationScope) error { return nil }
func (*Deposited) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Deposited) UnmarshalBinary([]byte) error              { return nil }

func init() {
	dogma.RegisterCommand[*Deposit]("af723544-e9e8-49c5-93a9-66ea0f8db5bf")
	dogma.RegisterEvent[*Deposited]("7f847104-667f-437a-aa1a-2765fae2578e")
}

type account struct {
	Balance int
	History []int
	Limits  map[string]int
}

func (*account) AggregateInstanceDescription() string { return "" }
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

// ApplyEvent is the one place that changes the root: silent.
func (a *account) ApplyEvent(e dogma.Event) {
	if d, ok := e.(*Deposited); ok {
		a.Balance += d.Amount
		a.History = append(a.History, d.Amount)
	}
}

// deposit only records an event, as dogmatiq/example's root methods do.
func (a *account) deposit(s dogma.AggregateCommandScope[*account], m *Deposit) {
	if m.Amount <= 0 || a.Balance+m.Amount > a.Limits["max"] {
		return
	}
	s.RecordEvent(&Deposited{Amount: m.Amount})
}

// add changes the root.
func (a *account) add(n int) { a.Balance += n }

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "e5de4925-5c8e-420c-84aa-7c3aaaa3f825")
	c.Routes(dogma.HandlesCommand[*Deposit](), dogma.RecordsEvent[*Deposited]())
}

func (AccountHandler) New() *account { return &account{} }

func (AccountHandler) RouteCommandToInstance(dogma.Command) string { return "account" }

func (AccountHandler) HandleCommand(a *account, s dogma.AggregateCommandScope[*account], c dogma.Command) {
	m := c.(*Deposit)
	a.deposit(s, m) // records an event only: silent
	if len(a.History) > 10 {
		return // reads the root: silent
	}
	history := a.History[:0:0]
	history = append(history, m.Amount) // a new slice of its own: silent
	_ = history
	a.Balance += m.Amount // want `HandleCommand must not modify the root: it assigns to a.Balance \(field Balance\); record an event with s.RecordEvent and change the field in ApplyEvent`
	a.add(m.Amount)       // want `it calls account.add, which assigns to a.Balance \(field Balance\)`
	limits := a.Limits
	limits["max"] = 0                          // want `it assigns to limits\["max"\] \(field Limits\)`
	a.ApplyEvent(&Deposited{Amount: m.Amount}) // want `it calls ApplyEvent on a, which the engine calls itself for each recorded event, so the event is applied twice`
}
