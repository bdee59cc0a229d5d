// Package aggregaterootmutated checks aggregate-root-mutated on dogma v0.16.0:
// HandleCommand, and the root methods it calls, must not change the root;
// only ApplyEvent does, when the engine applies a recorded event.
package aggregaterootmutated

import "github.com/dogmatiq/dogma"

type Deposit struct{ Amount int }

func (Deposit) MessageDescription() string                  { return "deposit" }
func (Deposit) Validate(dogma.CommandValidationScope) error { return nil }

type Deposited struct{ Amount int }

func (Deposited) MessageDescription() string                { return "deposited" }
func (Deposited) Validate(dogma.EventValidationScope) error { return nil }

func init() {
	dogma.RegisterCommand[Deposit]("76fbeb64-1348-4ae0-bdb7-2fbc53e805ba")
	dogma.RegisterEvent[Deposited]("45872639-132c-4516-a4a0-758b1c71e072")
}

type account struct {
	Balance int
	History []int
	Limits  map[string]int
}

// ApplyEvent is the one place that changes the root: silent.
func (a *account) ApplyEvent(e dogma.Event) {
	if d, ok := e.(Deposited); ok {
		a.Balance += d.Amount
		a.History = append(a.History, d.Amount)
	}
}

// deposit only records an event, as dogmatiq/example's root methods do.
func (a *account) deposit(s dogma.AggregateCommandScope, m Deposit) {
	if m.Amount <= 0 || a.Balance+m.Amount > a.Limits["max"] {
		return
	}
	s.RecordEvent(Deposited{Amount: m.Amount})
}

// add changes the root.
func (a *account) add(n int) { a.Balance += n }

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "2ccc20a6-fedb-43ac-9a48-801253ae006f")
	c.Routes(dogma.HandlesCommand[Deposit](), dogma.RecordsEvent[Deposited]())
}

func (AccountHandler) New() dogma.AggregateRoot { return &account{} }

func (AccountHandler) RouteCommandToInstance(dogma.Command) string { return "account" }

func (AccountHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	a := r.(*account)
	m := c.(Deposit)
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
	limits["max"] = 0                         // want `it assigns to limits\["max"\] \(field Limits\)`
	r.ApplyEvent(Deposited{Amount: m.Amount}) // want `it calls ApplyEvent on r, which the engine calls itself for each recorded event, so the event is applied twice`
}
