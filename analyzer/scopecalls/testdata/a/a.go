package a

import (
	"context"
	"time"

	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

type root struct{}

func (*root) ApplyEvent(dogma.Event) {}

type aggregate struct{}

func (aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
	)
}

func (aggregate) New() dogma.AggregateRoot                      { return &root{} }
func (aggregate) RouteCommandToInstance(m dogma.Command) string { return "x" }
func (aggregate) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	s.RecordEvent(messages.AccountOpened{})
	s.RecordEvent(&messages.AccountOpened{}) // want `aggregate.HandleCommand records event \*messages.AccountOpened, but it routes messages.AccountOpened, a different type to the engine: pass a messages.AccountOpened`
	s.RecordEvent(messages.AccountClosed{})  // want `aggregate.HandleCommand records event messages.AccountClosed, which it does not route: add dogma.RecordsEvent\[messages.AccountClosed\]\(\) to its routes`
	s.RecordEvent(closed())                  // want `records event messages.AccountClosed, which it does not route`
	var e dogma.Event = messages.AccountClosed{}
	s.RecordEvent(e) // an interface: not followed
	func() {
		s.RecordEvent(messages.AccountClosed{}) // want `records event messages.AccountClosed`
	}()
	//dogmavet:ignore scope-unrouted-message recorded for the migration only
	s.RecordEvent(messages.AccountClosed{})
	record(s)
}

// closed builds a message in a helper: its static type counts.
func closed() messages.AccountClosed { return messages.AccountClosed{} }

// record is a helper that receives the scope: what it records counts.
func record(s dogma.AggregateCommandScope) {
	s.RecordEvent(messages.AccountClosed{}) // want `aggregate.HandleCommand records event messages.AccountClosed in record, which it does not route`
}

type process struct{ dogma.StatelessProcessBehavior }

func (process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("shipping", "7c3ad0a2-4b1b-4f4e-8d55-1c0b6b1e6f01")
	c.Routes(
		dogma.HandlesEvent[messages.AccountOpened](),
		dogma.ExecutesCommand[messages.Ship](),
		dogma.SchedulesTimeout[*messages.Remind](),
	)
}

func (process) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (process) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	s.ExecuteCommand(messages.Ship{})
	s.ExecuteCommand(messages.Unrouted{}) // want `process.HandleEvent executes command messages.Unrouted, which it does not route: add dogma.ExecutesCommand\[messages.Unrouted\]\(\)`
	s.ScheduleTimeout(&messages.Remind{}, time.Now())
	s.ScheduleTimeout(messages.Expire{}, time.Now()) // want `schedules timeout messages.Expire, which it does not route: add dogma.SchedulesTimeout\[messages.Expire\]\(\)`
	return nil
}

func (process) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, m dogma.Timeout) error {
	r := &messages.Remind{}
	s.ScheduleTimeout(r, time.Now())
	s.ExecuteCommand(&messages.Ship{}) // want `process.HandleTimeout executes command \*messages.Ship, but it routes messages.Ship`
	return nil
}

// partial builds its routes in a way extraction cannot follow: silent.
type partial struct{}

var extra []dogma.IntegrationRoute

func (partial) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("partial", "8d4be1b3-5c2c-4a5f-9e66-2d1c7c2f7a12")
	c.Routes(extra...)
}

func (partial) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.RecordEvent(messages.AccountClosed{})
	return nil
}

type integration struct{}

func (integration) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("integration", "9e5cf2c4-6d3d-4b60-8f77-3e2d8d308b23")
	c.Routes(dogma.HandlesCommand[messages.OpenAccount]())
}

func (integration) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.RecordEvent(messages.AccountOpened{}) // want `integration.HandleCommand records event messages.AccountOpened, which it does not route`
	return nil
}

// lookalike is not a handler: its HandleCommand is ignored.
type lookalike struct{}

func (lookalike) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	s.RecordEvent(messages.AccountClosed{})
}

// generic routes a type parameter: what it records cannot be decided.
type generic[E dogma.Event] struct{}

func (generic[E]) Configure(c dogma.AggregateConfigurer) {
	c.Identity("generic", "af6d03d5-7e4e-4c71-8088-4f3e9e419c34")
	c.Routes(dogma.HandlesCommand[messages.OpenAccount](), dogma.RecordsEvent[E]())
}
func (generic[E]) New() dogma.AggregateRoot                    { return &root{} }
func (generic[E]) RouteCommandToInstance(dogma.Command) string { return "x" }
func (generic[E]) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	var e E
	s.RecordEvent(e)
	s.RecordEvent(messages.AccountClosed{})
}
