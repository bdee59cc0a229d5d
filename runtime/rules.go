package runtime

import (
	"slices"

	"github.com/dogmavet/dogmavet/validate"
)

// RuleID is the stable, kebab-case identifier of a run-time rule. IDs never
// change meaning; a retired rule's ID is not reused. A rule that is the same
// defect as a rule of the rule book (package validate), such as a handler
// producing a message type it does not route, has that rule's ID: the two
// are one rule, checked in source and while the handlers run.
type RuleID string

// Run-time rules. Rules returns them with their level and dogma quote.
const (
	NewReturnsNil          RuleID = "new-returns-nil"
	NewInconsistent        RuleID = "new-inconsistent"
	EmptyInstanceID        RuleID = "empty-instance-id"
	ScopeUnroutedMessage   RuleID = "scope-unrouted-message"
	InvalidMessage         RuleID = "invalid-message"
	UnexpectedMessagePanic RuleID = "unexpected-message-panic"
	HandlerPanic           RuleID = "handler-panic"
	ProcessRebegun         RuleID = "process-rebegun"
	RootModified           RuleID = "root-modified-outside-apply"
	ProjectionNewResource  RuleID = "projection-new-resource"
	ProjectionOCCUpdate    RuleID = "projection-occ-update"
	ProjectionOCCConflict  RuleID = "projection-occ-conflict"
	CloseResource          RuleID = "close-resource"
	EngineCallFromHandler  RuleID = "engine-call-from-handler"
)

// DocsURL is the base of the documentation URL of every rule that only the
// engine checks.
const DocsURL = "https://github.com/dogmavet/dogmavet/blob/main/docs/runtime.md"

// URL returns the documentation URL of the rule: the rule book's page for a
// rule it shares with the rule book, else the engine's.
func (id RuleID) URL() string {
	if vid, ok := id.Static(); ok {
		return vid.URL()
	}
	return DocsURL + "#" + string(id)
}

// Static returns the rule book's ID of the rule, if the rule book has it:
// the rule is then also checked in source, by the dogmavet analyzers.
func (id RuleID) Static() (validate.RuleID, bool) {
	r, ok := validate.RuleFor(validate.RuleID(id))
	if !ok || !r.Checked.Has(validate.CheckedByEngine) {
		return "", false
	}
	return r.ID, true
}

// Level is the RFC 2119 strength of the dogma statement a rule enforces.
type Level uint8

const (
	// Must marks a MUST or MUST NOT statement.
	Must Level = iota + 1
	// Should marks a SHOULD, SHOULD NOT or NOT RECOMMENDED statement.
	Should
)

func (l Level) String() string {
	switch l {
	case Must:
		return "MUST"
	case Should:
		return "SHOULD"
	}
	return "UNKNOWN"
}

// Rule describes one run-time rule: the catalog entry behind a Violation.
type Rule struct {
	ID    RuleID
	Level Level

	// Methods names the dogma methods whose contract the rule checks.
	Methods string

	// Quote is the dogma v0.15.0 sentence the rule enforces, verbatim.
	// ProcessQuote, when set, replaces it for process handlers, whose
	// documentation words the same rule differently.
	Quote        string
	ProcessQuote string

	// Source says where the quote comes from.
	Source string

	// Summary is one line on what the engine checks and what it does next.
	Summary string
}

// quote returns the sentence a violation by a handler of kind k breaks.
func (r *Rule) quote(k HandlerKind) string {
	if k == ProcessKind && r.ProcessQuote != "" {
		return r.ProcessQuote
	}
	return r.Quote
}

// catalog is every run-time rule, in documentation order: the single source
// of Rules and of docs/runtime.md's rule section (a test compares them).
var catalog = []Rule{
	{
		ID: NewReturnsNil, Level: Must,
		Methods: "AggregateMessageHandler.New, ProcessMessageHandler.New",
		Quote:   "The return value MUST NOT be nil.",
		Source:  "aggregate.go, process.go: New()",
		Summary: "New() returned nil (or a typed nil pointer); the message is not handled by that handler",
	},
	{
		ID: NewInconsistent, Level: Should,
		Methods: "AggregateMessageHandler.New, ProcessMessageHandler.New",
		Quote:   "Each call SHOULD return the same type and initial state.",
		Source:  "aggregate.go, process.go: New()",
		Summary: "two calls to New() for a new instance returned values of different types or that are not reflect.DeepEqual (skipping funcs, channels and other packages' unexported fields); the first is used",
	},
	{
		ID: EmptyInstanceID, Level: Must,
		Methods:      "AggregateMessageHandler.RouteCommandToInstance, ProcessMessageHandler.RouteEventToInstance",
		Quote:        "The return value MUST not be empty.",
		ProcessQuote: "If ok is false, the process ignores this event. Otherwise, id MUST not be empty.",
		Source:       "aggregate.go: RouteCommandToInstance(); process.go: RouteEventToInstance()",
		Summary:      "an empty instance ID was returned (with ok true, for processes); the message is not handled by that handler",
	},
	{
		ID: ScopeUnroutedMessage, Level: Must,
		Methods: "AggregateCommandScope.RecordEvent, IntegrationCommandScope.RecordEvent, Process*Scope.ExecuteCommand, Process*Scope.ScheduleTimeout",
		Quote:   "RecordsEvent routes event messages recorded by an [AggregateMessageHandler] or [IntegrationMessageHandler].",
		ProcessQuote: "ExecutesCommand routes command messages produced by a [ProcessMessageHandler]. " +
			"SchedulesTimeout routes timeout messages scheduled by [ProcessMessageHandler].",
		Source:  "route.go: RecordsEvent, ExecutesCommand, SchedulesTimeout",
		Summary: "a handler produced a message type it does not route (validate.ProducedRouted, the rule book's decision the analyzers use too, says so); the message is dropped",
	},
	{
		ID: InvalidMessage, Level: Must,
		Methods: "AggregateCommandScope.RecordEvent, IntegrationCommandScope.RecordEvent, Process*Scope.ExecuteCommand, Process*Scope.ScheduleTimeout",
		Quote:   "Validate returns a non-nil error if the message is invalid.",
		Source:  "message.go: Command.Validate, Event.Validate, Timeout.Validate",
		Summary: "a handler produced a nil message or one whose Validate returned an error; the message is dropped",
	},
	{
		ID: UnexpectedMessagePanic, Level: Must,
		Methods: "every handler method that receives a message",
		Quote:   "UnexpectedMessage is a panic value used by a message handler when it receives a message of a type that it did not expect.",
		Source:  "message.go: UnexpectedMessage; ADR-15, ADR-16",
		Summary: "a handler panicked with dogma.UnexpectedMessage for a message type that is routed to it; the handling is discarded",
	},
	{
		ID: HandlerPanic, Level: Must,
		Methods: "every handler method",
		Quote:   "UnexpectedMessage is a panic value used by a message handler when it receives a message of a type that it did not expect.",
		Source:  "message.go: UnexpectedMessage (the only panic dogma defines for a handler)",
		Summary: "a handler method panicked with any other value; the panic is recovered with its value and the handling is discarded",
	},
	{
		ID: ProcessRebegun, Level: Should,
		Methods: "ProcessMessageHandler.RouteEventToInstance",
		Quote:   "\"Re-beginning\" a process instance that has ended has undefined behavior and is NOT RECOMMENDED.",
		Source:  "process.go: ProcessEventScope.End()",
		Summary: "an event was routed to the ID of an instance that has ended; a new instance begins from New()",
	},
	{
		ID: RootModified, Level: Must,
		Methods: "AggregateMessageHandler.HandleCommand, AggregateRoot.ApplyEvent",
		Quote:   "Specifically, the implementation MUST NOT modify the root directly.",
		Source:  "aggregate.go: HandleCommand(); ApplyEvent(): \"This implementation of this method is the only code permitted to modify the instance's state.\"",
		Summary: "after HandleCommand the root differs (reflect.DeepEqual, skipping funcs, channels and other packages' unexported fields) from New() plus ApplyEvent of its history; the root is rebuilt from the history",
	},
	{
		ID: ProjectionNewResource, Level: Must,
		Methods: "ProjectionMessageHandler.ResourceVersion",
		Quote:   "It returns an empty slice if r is not in the OCC store.",
		Source:  "projection.go: ResourceVersion()",
		Summary: "ResourceVersion returned a non-empty version for a resource the engine never used; the event is still offered with that version",
	},
	{
		ID: ProjectionOCCUpdate, Level: Must,
		Methods: "ProjectionMessageHandler.HandleEvent",
		Quote:   "If c is the current version of r in the OCC store, the method MUST attempt to atomically update the projection and the version of r to be n. On success, ok is true and err is nil.",
		Source:  "projection.go: HandleEvent()",
		Summary: "HandleEvent returned ok with ResourceVersion(r) not equal to n afterwards, or returned ok=false and no error although c was current",
	},
	{
		ID: ProjectionOCCConflict, Level: Must,
		Methods: "ProjectionMessageHandler.HandleEvent",
		Quote:   "If c is not the current version of r an OCC conflict has occurred. The method MUST return with ok set to false and without updating the projection.",
		Source:  "projection.go: HandleEvent()",
		Summary: "offered the same event again with the now-stale version c, HandleEvent returned ok=true",
	},
	{
		ID: CloseResource, Level: Should,
		Methods: "ProjectionMessageHandler.CloseResource",
		Quote:   "If r is present in the OCC store the handler SHOULD remove it.",
		Source:  "projection.go: CloseResource()",
		Summary: "after CloseResource(r), ResourceVersion(r) was still not empty",
	},
	{
		ID: EngineCallFromHandler, Level: Must,
		Methods: "Engine.ExecuteCommand, Engine.RecordEvent, Engine.AdvanceTime, Engine.AdvanceTo, Engine.Violations, Engine.Journal, Engine.JournalSince, Engine.Pending",
		Quote:   "A CommandExecutor executes a command from outside the context of any message handler.",
		Source:  "executor.go: CommandExecutor",
		Summary: "a handler called a method of the engine that is running it, other than Now and Application, which would wait forever for the operation in progress; " +
			"the method returns at once, with an error from ExecuteCommand, RecordEvent, AdvanceTime and AdvanceTo and with the state so far from the others",
	},
}

// Rules returns the catalog of every run-time rule, in documentation order.
func Rules() []Rule { return slices.Clone(catalog) }

// RuleFor returns the catalog entry of id.
func RuleFor(id RuleID) (Rule, bool) {
	for _, r := range catalog {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// rule returns the catalog entry of id. Every ID the engine reports is in the
// catalog; a test checks that.
func rule(id RuleID) *Rule {
	for i := range catalog {
		if catalog[i].ID == id {
			return &catalog[i]
		}
	}
	panic("runtime: rule " + string(id) + " is not in the catalog")
}
