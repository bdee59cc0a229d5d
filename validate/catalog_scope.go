package validate

// Rules about handler code, checked by the analyzers scopecalls, switchcover,
// handlerreturns, endcancel and notimeouts, and the suppression directive's
// own rules.
var _ = addRules(500,
	Rule{
		ID:       ScopeUnroutedMessage,
		Title:    "Handlers must only produce message types they route",
		Severity: Error,
		Checked:  CheckedInSource | CheckedByEngine,
		Why: "The engine routes what a handler produces by its routes: RecordsEvent for events an aggregate or " +
			"integration records, ExecutesCommand and SchedulesTimeout for what a process executes and schedules. " +
			"A message of any other type is rejected at run time (testkit fails the test). T and *T are different " +
			"types to the engine, so recording &T{} when T is routed is the same mistake.",
		Bad: `c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
// ...
s.RecordEvent(&AccountOpened{ID: m.ID})`,
		Good: `s.RecordEvent(AccountOpened{ID: m.ID})`,
		Fix: "Add a route for the type to Configure, or produce the routed type; for a pointer mismatch, pass " +
			"the type the route names.",
	},
	Rule{
		ID:       SwitchMissingCase,
		Title:    "Type switches over a message must handle every routed type",
		Severity: Error,
		Checked:  CheckedInSource,
		Why: "A handler method that switches over its message and has no case for a routed type either does " +
			"nothing with that message or, when its default panics with dogma.UnexpectedMessage, panics in " +
			"production. An aggregate root's ApplyEvent must apply every event its aggregate records, or the " +
			"recorded event is lost from the root's state.",
		Bad: `c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.HandlesCommand[CloseAccount](), ...)
// ...
switch m := m.(type) {
case OpenAccount:
	// ...
default:
	panic(dogma.UnexpectedMessage)
}`,
		Good: `switch m := m.(type) {
case OpenAccount:
	// ...
case CloseAccount:
	// ...
default:
	panic(dogma.UnexpectedMessage)
}`,
		Fix: "Add a case for each routed type; dogmavet -fix inserts the missing case clauses.",
	},
	Rule{
		ID:       SwitchDeadCase,
		Title:    "Type switches over a message should not handle types that are not routed",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "The engine only passes a handler messages of the types it routes, so a case for any other type " +
			"never runs: the route is missing, or the case is left over. A case for *T where T is routed (or the " +
			"reverse) is the usual slip. An aggregate root's ApplyEvent is exempt: dogma says it SHOULD accept " +
			"historical events that are no longer routed.",
		Bad: `c.Routes(dogma.HandlesEvent[AccountOpened]())
// ...
switch m := m.(type) {
case *AccountOpened:
	// ...
}`,
		Good: `switch m := m.(type) {
case AccountOpened:
	// ...
}`,
		Fix: "Route the type, fix the case's pointer-ness, or remove the case.",
	},
	Rule{
		ID:       NewReturnsNil,
		Title:    "New must not return nil",
		Severity: Error,
		Checked:  CheckedInSource | CheckedByEngine,
		Refs:     []string{"D8"},
		Why: "dogma, AggregateMessageHandler.New and ProcessMessageHandler.New: \"The return value MUST NOT be nil. " +
			"It MAY be the zero-value of the root's underlying type.\" A nil pointer of the root type is nil too " +
			"as soon as the engine calls a method that uses its fields.",
		Bad:  `func (AccountHandler) New() dogma.AggregateRoot { return nil }`,
		Good: `func (AccountHandler) New() dogma.AggregateRoot { return &account{} }`,
		Fix: "Return a pointer to a zero-value root; a process without state can embed " +
			"dogma.StatelessProcessBehavior.",
	},
	Rule{
		ID:       EmptyInstanceID,
		Title:    "Routing methods must not return an empty instance ID",
		Severity: Error,
		Checked:  CheckedInSource | CheckedByEngine,
		Refs:     []string{"D9", "D10"},
		Why: "dogma, RouteCommandToInstance: \"The return value MUST not be empty.\" RouteEventToInstance: \"If ok is " +
			"false, the process ignores this event. Otherwise, id MUST not be empty.\"",
		Bad:  `return "", true, nil`,
		Good: `return m.CustomerID, true, nil`,
		Fix:  "Return an ID taken from the message; to ignore an event, return ok false.",
	},
	Rule{
		ID:       EndCancelled,
		Title:    "End() should not be followed by ExecuteCommand or ScheduleTimeout",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "dogma, ProcessEventScope.ExecuteCommand: \"Executing a command cancels any prior call to End() on this " +
			"scope.\" ScheduleTimeout says the same. A path that ends the process and then executes or schedules " +
			"leaves the instance running, with its state and pending timeouts.",
		Bad: `s.End()
s.ExecuteCommand(SendStatement{})`,
		Good: `s.ExecuteCommand(SendStatement{})
s.End()`,
		Fix: "Call End() after the last ExecuteCommand or ScheduleTimeout, or return right after End().",
	},
	Rule{
		ID:       TimeoutNotHandled,
		Title:    "Processes that schedule timeouts must handle them",
		Severity: Error,
		Checked:  CheckedInSource,
		Why: "Timeouts come back to the process that scheduled them. dogma.NoTimeoutMessagesBehavior's " +
			"HandleTimeout panics with dogma.UnexpectedMessage, so a process that embeds it and routes " +
			"SchedulesTimeout panics when its first timeout arrives.",
		Bad: `type Reminder struct {
	dogma.NoTimeoutMessagesBehavior
}
// Configure: c.Routes(..., dogma.SchedulesTimeout[RemindLater]())`,
		Good: `func (Reminder) HandleTimeout(ctx context.Context, r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
	// ...
}`,
		Fix: "Implement HandleTimeout on the process, or stop scheduling timeouts.",
	},
	Rule{
		ID:       DirectiveMalformed,
		Title:    "Ignore directives must name a rule and give a reason",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "A //dogmavet:ignore directive suppresses the findings of one rule on its line or the line below. " +
			"One that names no rule, an unknown rule, or gives no reason suppresses nothing, and hides that from " +
			"the reader.",
		Bad:  `//dogmavet:ignore switch-dead-case`,
		Good: `//dogmavet:ignore switch-dead-case replayed events of the v1 schema still arrive`,
		Fix:  "Write //dogmavet:ignore <rule-id> <reason>, with a rule ID from this list.",
	},
	Rule{
		ID:       DirectiveUnused,
		Title:    "Ignore directives must suppress something",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "A //dogmavet:ignore directive that no longer suppresses a finding is stale: the code it excused has " +
			"changed, and it would silently hide a future finding.",
		Bad:  `s.RecordEvent(AccountOpened{}) //dogmavet:ignore scope-unrouted-message migrating`,
		Good: `s.RecordEvent(AccountOpened{})`,
		Fix:  "Remove the directive; dogmavet -fix removes it.",
	},
)
