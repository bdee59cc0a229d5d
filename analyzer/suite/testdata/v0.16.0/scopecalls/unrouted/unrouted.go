// Package unrouted tests scope-unrouted-message on dogma v0.16.0, whose
// messages use value receivers and whose processes schedule timeouts, with
// look-alikes that must stay silent.
package unrouted

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type account struct{}

func (*account) AggregateInstanceDescription() string { return "account" }
func (*account) ApplyEvent(dogma.Event)               {}
func (*account) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*account) UnmarshalBinary([]byte) error         { return nil }

// Account records *AccountOpened only.
type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "41a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f01")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}

func (Account) New() dogma.AggregateRoot                    { return &account{} }
func (Account) RouteCommandToInstance(dogma.Command) string { return "a" }

func (Account) HandleCommand(r dogma.AggregateRoot, s dogma.AggregateCommandScope, _ dogma.Command) {
	// Routed: silent.
	s.RecordEvent(AccountOpened{})
	s.RecordEvent(AccountClosed{}) // want `Account\.HandleCommand records event unrouted\.AccountClosed, which it does not route`
	// A pointer to the routed value type is another type to the engine.
	s.RecordEvent(&AccountOpened{}) // want `Account\.HandleCommand records event \*unrouted\.AccountOpened`
	recordClosed(s)
	r.(*account).close(s)
	// The scope goes to a function value, which is not followed: silent.
	var f func(dogma.AggregateCommandScope) = recordClosed
	f(s)
}

// recordClosed is reached with the scope.
func recordClosed(s dogma.AggregateCommandScope) {
	s.RecordEvent(AccountClosed{}) // want `Account\.HandleCommand records event unrouted\.AccountClosed in recordClosed, which it does not route`
}

// close is a root method that the handler passes the scope to.
func (*account) close(s dogma.AggregateCommandScope) {
	s.RecordEvent(AccountClosed{}) // want `Account\.HandleCommand records event unrouted\.AccountClosed in account\.close, which it does not route`
}

// Ledger is an integration that records *AccountClosed only.
type Ledger struct{}

func (Ledger) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger", "51a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f02")
	c.Routes(dogma.HandlesCommand[CloseAccount](), dogma.RecordsEvent[AccountClosed]())
}

func (Ledger) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, _ dogma.Command) error {
	s.RecordEvent(AccountClosed{}) // routed: silent
	s.RecordEvent(AccountOpened{}) // want `Ledger\.HandleCommand records event unrouted\.AccountOpened, which it does not route`
	return nil
}

type closure struct{}

func (*closure) ProcessInstanceDescription(bool) string { return "closure" }
func (*closure) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*closure) UnmarshalBinary([]byte) error           { return nil }

// Closure is a process that executes *CloseAccount and schedules *CloseDue.
type Closure struct{}

func (Closure) Configure(c dogma.ProcessConfigurer) {
	c.Identity("closure", "61a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f03")
	c.Routes(
		dogma.HandlesEvent[AccountOpened](),
		dogma.ExecutesCommand[CloseAccount](),
		dogma.SchedulesTimeout[CloseDue](),
	)
}

func (Closure) New() dogma.ProcessRoot { return &closure{} }

func (Closure) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "c", true, nil
}

func (Closure) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(CloseAccount{})          // routed: silent
	s.ScheduleTimeout(CloseDue{}, time.Now()) // routed: silent
	s.ExecuteCommand(OpenAccount{})           // want `Closure\.HandleEvent executes command unrouted\.OpenAccount, which it does not route`
	s.ScheduleTimeout(Remind{}, time.Now())   // want `Closure\.HandleEvent schedules timeout unrouted\.Remind, which it does not route: add dogma\.SchedulesTimeout\[unrouted\.Remind\]\(\) to its routes, or do not schedule it`
	return nil
}

func (Closure) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.ExecuteCommand(CloseAccount{}) // routed: silent
	s.ExecuteCommand(OpenAccount{})  // want `Closure\.HandleTimeout executes command unrouted\.OpenAccount, which it does not route`
	return nil
}

// Stateless uses dogma's stateless root and behaviours.
type Stateless struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (Stateless) Configure(c dogma.ProcessConfigurer) {
	c.Identity("stateless", "71a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f04")
	c.Routes(dogma.HandlesEvent[AccountOpened](), dogma.ExecutesCommand[CloseAccount]())
}

func (Stateless) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "s", true, nil
}

func (Stateless) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
	s.ExecuteCommand(CloseAccount{}) // routed: silent
	s.ExecuteCommand(OpenAccount{})  // want `Stateless\.HandleEvent executes command unrouted\.OpenAccount, which it does not route`
	return nil
}

// Dynamic routes a slice built at run time: its routes are not known, so
// nothing it produces is judged.
type Dynamic struct {
	routes []dogma.IntegrationRoute
}

func (h Dynamic) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("dynamic", "81a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f05")
	c.Routes(h.routes...)
}

func (Dynamic) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, _ dogma.Command) error {
	s.RecordEvent(AccountOpened{})
	return nil
}

// recorder has a RecordEvent method but is no dogma scope: silent.
type recorder struct{}

func (recorder) RecordEvent(dogma.Event) {}

func useRecorder() { recorder{}.RecordEvent(AccountClosed{}) }

// Suppressed produces an unrouted event under a directive, and carries a
// directive that suppresses nothing.
type Suppressed struct{}

func (Suppressed) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("suppressed", "91a7c3e2-5d6b-4f18-9a20-7b3c4d5e6f06")
	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
}

func (Suppressed) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, _ dogma.Command) error {
	//dogmavet:ignore scope-unrouted-message the legacy consumer still reads it
	s.RecordEvent(AccountClosed{})
	s.RecordEvent(AccountOpened{}) //dogmavet:ignore scope-unrouted-message stale // want `unused //dogmavet:ignore directive`
	return nil
}
