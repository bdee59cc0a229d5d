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
			"types to the engine, so recording &T{} when T is routed is the same mistake. dogmavet follows the scope " +
			"into the functions and methods the handler passes it to (the root's methods, helpers of the package " +
			"and of other packages, closures) and reports a message produced there at the produce call, or at the " +
			"call of a helper of another package; it stays silent where the scope goes to a function value, an " +
			"interface method or a goroutine, and where the routes cannot be followed.",
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
			"nothing with that message or, when its default panics or returns an error, fails on every such " +
			"message in production. An aggregate root's ApplyEvent may leave out events that do not change its " +
			"state, but not when its default panics: then applying the recorded event panics. dogmavet checks " +
			"type switches over the message parameter of the handler methods and of ApplyEvent, and chains of `if " +
			"v, ok := m.(T); ok` over it, joined by else or following one another, that end in a failure (in a " +
			"final else, or in the statements after the chain). A default, a final else or the statements after a " +
			"chain fail when they panic, or return an error that cannot be nil (errors.New, fmt.Errorf, a " +
			"composite literal), before anything that may return early. Types named through aliases are the types " +
			"they name. dogmavet stays silent when the routes are not known completely, when the message is used " +
			"anywhere outside the switch or chain or is assigned, when a default returns nil, logs or returns an " +
			"error variable, when a panic may be recovered (the method calls recover), when an ApplyEvent switch " +
			"has no default, when a chain's conditions test more than ok, and when a case type involves a type " +
			"parameter.",
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
		Fix: "Add a case for each routed type; dogmavet -fix inserts the missing case clauses (or else-if branches " +
			"of a chain), which panic with a TODO message where the message failed before.",
	},
	Rule{
		ID:       SwitchDeadCase,
		Title:    "Type switches over a message should not handle types that are not routed",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "The engine only passes a handler messages of the types it routes, so a case for any other type " +
			"never runs: the route is missing, or the case is left over. A case for *T where T is routed (or the " +
			"reverse) is the usual slip. dogmavet checks the concrete case types of type switches over the " +
			"message parameter of handler methods, and the asserted types of the if/else-if chains that " +
			"switch-missing-case checks; interface cases may match types it cannot see and are never dead. It " +
			"stays silent when the routes are not known completely or the parameter is assigned. An aggregate " +
			"root's ApplyEvent is exempt: dogma says it SHOULD accept historical events that are no longer routed.",
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
			"as soon as the engine calls a method that uses its fields. dogmavet judges each return statement " +
			"of New: nil, a nil pointer conversion, or a value that is nil on every path, through local variables " +
			"that keep the value of their declaration, fields of struct literals, unexported package-level " +
			"variables nothing assigns, functions of the package whose only return is their last statement, " +
			"and named results returned bare. It stays silent where the value is assigned on some paths, set " +
			"after construction, read from the handler's fields or returned by other code.",
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
			"false, the process ignores this event. Otherwise, id MUST not be empty.\" dogmavet reports a return " +
			"statement whose ID is \"\" on every path (with ok true), followed as new-returns-nil follows values. " +
			"It also judges each routed message type on its own: it takes the code that type reaches (its " +
			"type-switch case, the branch of its type assertion on the message, the code after them) and follows " +
			"the assignments along every path through it; when every path returns an empty ID (with ok true), " +
			"the finding names the type, as for a case that assigns nothing before a shared return. A condition " +
			"it cannot evaluate (a field of the message, a parameter) counts both ways, and a path through panic, " +
			"log.Fatal, os.Exit or a helper that always panics returns nothing. It stays silent where " +
			"the routes are not known, the ID comes from other code, or the method uses labels, goto or select.",
		Bad:  `return "", true, nil`,
		Good: `return m.CustomerID, true, nil`,
		Fix:  "Return an ID taken from the message; to ignore an event, return ok false.",
	},
	Rule{
		ID:       EndCancelled,
		Title:    "End() should not be followed by ExecuteCommand or ScheduleTimeout",
		Severity: Warning,
		Checked:  CheckedInSource,
		Why: "This rule is about dogma v0.15.x; from v0.16.0 the call panics instead, and call-after-end reports it. " +
			"dogma v0.15.0, ProcessEventScope.ExecuteCommand: \"Executing a command cancels any prior call to End() on this " +
			"scope.\" ScheduleTimeout says the same. A path that ends the process and then executes or schedules " +
			"leaves the instance running, with its state and pending timeouts. dogmavet follows End() and the later " +
			"call into helpers, root methods, closures called where they are written and deferred calls, and does " +
			"not report paths that cannot run: a branch whose condition contradicts an earlier one on the path " +
			"(if x { s.End() }; if !x { s.ExecuteCommand(...) }, the same expression, different constants or " +
			"switch cases, type switch cases of different types) when nothing it reads was assigned in between. " +
			"It stays silent where the scope goes to a function value, an interface method or a goroutine.",
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
			"SchedulesTimeout panics when its first timeout arrives. A process whose routes cannot be followed is " +
			"reported when its HandleEvent schedules a timeout, itself or in a helper: the timeout is then rejected " +
			"or panics.",
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
