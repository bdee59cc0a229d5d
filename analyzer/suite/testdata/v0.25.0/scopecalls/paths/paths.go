// Package paths tests how scope-unrouted-message follows the scope on dogma
// v0.25.0: into closures, deferred calls and helpers of another package,
// but not into interface methods or values passed to a helper.
package paths

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/rules/scopecalls/paths/lib"
)

// Ledger records *AccountOpened only.
type Ledger struct {
	sink interface {
		Record(dogma.IntegrationCommandScope)
	}
}

func (Ledger) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger", "c1e3a5b7-7d9f-4b1c-8e2a-6c7d8e9f0a01")
	c.Routes(dogma.HandlesCommand[*OpenAccount](), dogma.RecordsEvent[*AccountOpened]())
}

func (h Ledger) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, _ dogma.Command) error {
	func() {
		s.RecordEvent(&AccountClosed{}) // want `Ledger\.HandleCommand records event \*paths\.AccountClosed, which it does not route`
	}()
	defer s.RecordEvent(&AccountClosed{}) // want `Ledger\.HandleCommand records event \*paths\.AccountClosed, which it does not route`
	lib.Audit(s)                          // want `Ledger\.HandleCommand records event \*lib\.Audited in lib\.Audit, which it does not route`
	// A goroutine that calls the scope itself still records the type: the
	// engine rejects it whenever it runs.
	go s.RecordEvent(&AccountClosed{}) // want `Ledger\.HandleCommand records event \*paths\.AccountClosed, which it does not route`

	// Not followed: silent. The helper records a value passed in; the
	// scope goes to an interface method.
	lib.Record(s, &AccountClosed{})
	h.sink.Record(s)
	return nil
}
