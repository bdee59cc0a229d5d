// Package malformed tests directive-malformed on dogma v0.15.0, with
// well-formed directives that must stay silent.
package malformed

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Ledger struct{}

func (Ledger) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger", "f1f2e3d4-c5b6-4a79-8e1f-2a3b4c5d6e75")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}

func (Ledger) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, _ dogma.Command) error {
	//dogmavet:ignore // want `//dogmavet:ignore directive names no rule`
	s.RecordEvent(AccountOpened{})
	//dogmavet:ignore end-canceled typo // want `//dogmavet:ignore directive names unknown rule "end-canceled"`
	s.RecordEvent(AccountOpened{})
	//dogmavet:ignore scope-unrouted-message // want `//dogmavet:ignore directive for scope-unrouted-message gives no reason`
	s.RecordEvent(AccountOpened{})
	// Well formed: the directives analyzer is silent (whether it is used is
	// scopecalls' concern, tested there).
	//dogmavet:ignore scope-unrouted-message the legacy consumer still reads it
	s.RecordEvent(AccountClosed{})
	// Not directives: silent.
	//dogmavet:ignoreall scope-unrouted-message other tools' syntax
	// dogmavet:ignore scope-unrouted-message with a space is prose
	return nil
}
