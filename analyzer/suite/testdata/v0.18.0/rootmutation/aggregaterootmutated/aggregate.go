// Package aggregaterootmutated checks aggregate-root-mutated on dogma v0.18.0:
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
	dogma.RegisterCommand[*Deposit]("5ab1d87b-2526-4b28-9a20-9c4db5a02c44")
	dogma.RegisterEvent[*Deposited]("3f443b18-a591-4c4e-8095-291dd2255956")
}

type account struct {
	Balance int
	History []int
	Limits  map[string]int
}

func (*account) MarshalBinary() ([]byte, error) { return nil, nil }
func (*account) UnmarshalBinary([]byte) error   { return nil }

// ApplyEvent is the one place that changes the root: silent.
func (a *account) ApplyEvent(e dogma.Event) {
	if d, ok := e.(*Deposited); ok {
		a.Balance += d.Amount
		a.History = append(a.History, d.Amount)
	}
}

// deposit only records an event, as dogmatiq/example's root methods do.
func (a *account) deposit(s dogma.AggregateCommandScope, m *Deposit) {
	if m.Amount <= 0 || a.Balance+m.Amount > a.Limits["max"] {
		return
	}
	s.RecordEvent(&Deposited{Amount: m.Amount})
}

// add changes the root.
func (a *account) add(n int) { a.Balance += n }

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "f6cab234-5d90-44bc-be4c-39fc9d5dafd0")
	c.Routes(dogma.HandlesCommand[*Deposit](), dogma.RecordsEvent[*Deposited]())
}

func (AccountHandler) New() dogma.AggregateRoot { return &account{} }

func (AccountHandler) RouteCommandToInstance(dogma.Command) string { return "account" }

func (AccountHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
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
	r.ApplyEvent(&Deposited{Amount: m.Amount}) // want `it calls ApplyEvent on r, which the engine calls itself for each recorded event, so the event is applied twice`
}
