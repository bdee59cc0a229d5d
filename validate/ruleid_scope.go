package validate

// Rules about handler code rather than Configure: what handlers produce and
// handle compared with their routes, and dogma's MUST rules for handler
// methods (runtime-semantics.md §1, config-rules.md D8-D11).
const (
	// ScopeUnroutedMessage: RecordEvent, ExecuteCommand or ScheduleTimeout
	// called with a message type the handler does not route (G12, P15).
	ScopeUnroutedMessage RuleID = "scope-unrouted-message"

	// SwitchMissingCase: a type switch over the message parameter of a
	// handler method has no case for a routed type (M2, M3).
	SwitchMissingCase RuleID = "switch-missing-case"

	// SwitchDeadCase: a type switch over the message parameter has a case for
	// a type the handler does not route.
	SwitchDeadCase RuleID = "switch-dead-case"

	// NewReturnsNil: New() returns nil (D8, G1, P2).
	NewReturnsNil RuleID = "new-returns-nil"

	// EmptyInstanceID: RouteCommandToInstance returns "", or
	// RouteEventToInstance returns "" with ok true (D9, D10, G3, P3).
	EmptyInstanceID RuleID = "empty-instance-id"

	// EndCancelled: End() followed on some path by ExecuteCommand or
	// ScheduleTimeout on the same scope, which cancels the End() (P9-P11).
	EndCancelled RuleID = "end-cancelled"

	// TimeoutNotHandled: a process routes SchedulesTimeout but its
	// HandleTimeout comes from dogma.NoTimeoutMessagesBehavior.
	TimeoutNotHandled RuleID = "timeout-not-handled"

	// DirectiveMalformed: a //dogmavet:ignore directive without a known rule
	// ID or without a reason.
	DirectiveMalformed RuleID = "directive-malformed"

	// DirectiveUnused: a //dogmavet:ignore directive that suppresses nothing.
	DirectiveUnused RuleID = "directive-unused"
)
