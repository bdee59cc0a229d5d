package validate

// Rules about handler code that changes an aggregate or process root
// outside the code dogma permits to (runtime-semantics.md G5, G6; dogma's
// process.go from v0.24.0).
const (
	// AggregateRootMutated: HandleCommand, or code it passes the root to,
	// changes the root's state, or calls its ApplyEvent.
	AggregateRootMutated RuleID = "aggregate-root-mutated"

	// ProcessRootMutated: HandleEvent or HandleDeadline, or code it passes
	// the root to, changes the root outside a ProcessScope.Mutate callback
	// (v0.24.0 on).
	ProcessRootMutated RuleID = "process-root-mutated"
)
