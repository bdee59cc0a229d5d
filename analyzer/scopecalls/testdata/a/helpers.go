package a

import (
	"example.test/scopecalls/a/lib"
	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

// ledger is an aggregate root whose methods receive the scope, as real
// roots do.
type ledger struct{ closed bool }

func (*ledger) ApplyEvent(dogma.Event) {}

func (l *ledger) Open(s dogma.AggregateCommandScope, m messages.OpenAccount) {
	s.RecordEvent(messages.AccountOpened{ID: m.ID})
	l.closeIfEmpty(s, m)
}

func (l *ledger) closeIfEmpty(s dogma.AggregateCommandScope, m messages.OpenAccount) {
	if m.ID == "" {
		s.RecordEvent(messages.AccountClosed{}) // want `ledgerHandler.HandleCommand records event messages.AccountClosed in ledger.closeIfEmpty \(via ledger.Open\), which it does not route: add dogma.RecordsEvent\[messages.AccountClosed\]\(\) to its routes`
	}
}

// even and odd call each other; the recursion is cut.
func even(s dogma.AggregateCommandScope, n int) {
	if n > 0 {
		odd(s, n-1)
	}
}

func odd(s dogma.AggregateCommandScope, n int) {
	s.RecordEvent(&messages.AccountOpened{}) // want `ledgerHandler.HandleCommand records event \*messages.AccountOpened in odd \(via even\), but it routes messages.AccountOpened`
	even(s, n)
}

type ledgerHandler struct {
	recorder lib.Recorder
	audit    dogma.AggregateCommandScope
}

func (ledgerHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("ledger", "d07e14e6-8f5f-4d82-a199-5f4fa052ad47")
	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
	)
}

func (ledgerHandler) New() dogma.AggregateRoot                    { return &ledger{} }
func (ledgerHandler) RouteCommandToInstance(dogma.Command) string { return "x" }

func (h ledgerHandler) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	l := r.(*ledger)
	switch m := m.(type) {
	case messages.OpenAccount:
		l.Open(s, m)
	}
	even(s, 2)
	lib.Open(s)
	lib.Close(s) // want `ledgerHandler.HandleCommand records event messages.AccountClosed in lib.Close, which it does not route`
	func() {
		lib.Close(s)  // the same produce call again: reported once, at the first call
		lib.Reopen(s) // want `ledgerHandler.HandleCommand records event \*messages.AccountOpened in lib.Reopen, but it routes messages.AccountOpened`
	}()

	// Look-alikes: silent.
	lib.Close(h.audit) // a different scope
	f := lib.Close
	f(s)                 // a function value
	h.recorder.Record(s) // an interface method
}
