package validate

// Rules about a process's scope calls that panic, checked by the analyzer
// endcancel from the dogma versions where they do.
var _ = addRules(510,
	Rule{
		ID:       CallAfterEnd,
		Title:    "ExecuteCommand, ScheduleTimeout and Mutate must not be called after End()",
		Severity: Error,
		Checked:  CheckedInSource,
		Since:    "v0.16.0",
		Why: "dogma, ProcessScope.ExecuteCommand and ScheduleTimeout (ScheduleDeadline from v0.24.0, and Mutate " +
			"from v0.24.0): \"This method panics if the process instance has ended.\" A path through a handler " +
			"method that calls End() and then one of these on the same scope panics when it runs; on v0.15.x the " +
			"same code cancelled the End() instead (see end-cancelled).",
		Follows: "dogmavet follows End() and the later call into helpers, root methods, closures called where " +
			"they are written and deferred calls, and does not report paths that cannot run: a branch whose " +
			"condition contradicts an earlier one on the path when nothing it reads was assigned in between, " +
			"and paths through calls that never return (panic, os.Exit, log.Fatal, helpers that always panic). " +
			"It stays silent where the scope goes to a function value, an interface method or a goroutine.",
		Bad: `s.End()
s.ExecuteCommand(&SendStatement{})`,
		Good: `s.ExecuteCommand(&SendStatement{})
s.End()`,
		Fix: "Execute, schedule and mutate before End(), or return right after End().",
	},
	Rule{
		ID:       MutateCallsScope,
		Title:    "A Mutate callback must not call methods of the scope",
		Severity: Error,
		Checked:  CheckedInSource,
		Since:    "v0.24.0",
		Why: "dogma, ProcessScope.Mutate: \"The callback must not call any methods on the scope.\" The engine " +
			"may also skip the callback (for a stateless root), so anything the callback does besides changing " +
			"the root may not happen.",
		Follows: "dogmavet checks the function literal passed to Mutate, or the function or method passed by " +
			"name when its body is in the package, for calls of any scope method on a scope it captures or " +
			"reaches (a field, another variable), in closures it calls where they are written, and in the " +
			"helpers it passes a scope to, through their summaries. It stays silent where the callback is a " +
			"function value it cannot follow.",
		Bad: `s.Mutate(func(r *transfer) {
	r.Done = true
	s.ExecuteCommand(&Notify{})
})`,
		Good: `s.Mutate(func(r *transfer) {
	r.Done = true
})
s.ExecuteCommand(&Notify{})`,
		Fix: "Only change the root in the callback; call the scope's methods before or after Mutate.",
	},
)
