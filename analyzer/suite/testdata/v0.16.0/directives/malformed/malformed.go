// Package malformed tests directive-malformed on dogma v0.16.0, with
// well-formed directives that must stay silent.
package malformed

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Ledger struct{}

func (Ledger) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger", "53d0f6b8-3a5e-4c79-8dbf-2e3a4b5c6d05")
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
