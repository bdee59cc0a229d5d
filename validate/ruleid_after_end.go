package validate

// Rules about the order of a process's scope calls from dogma v0.16.0, where
// a call after End() panics instead of cancelling it, and about Mutate's
// callback (v0.24.0 on).
const (
	// CallAfterEnd: ExecuteCommand, ScheduleTimeout (ScheduleDeadline) or
	// Mutate called on a process scope after End() on some path, which
	// panics (v0.16.0 on; end-cancelled before).
	CallAfterEnd RuleID = "call-after-end"

	// MutateCallsScope: the callback passed to a process scope's Mutate
	// calls a method of the scope (v0.24.0 on).
	MutateCallsScope RuleID = "mutate-calls-scope"
)
