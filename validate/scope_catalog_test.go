package validate_test

import "github.com/dogmavet/dogmavet/validate"

// These rules are reported by analyzers, not by this package's rule
// functions; their failing-then-passing tests are the analysistest cases of
// analyzer/scopecalls, switchcover, handlerreturns, endcancel, notimeouts
// and directives, and the shared decisions (ProducedRouted, SwitchCoverage)
// are tested in scope_test.go. TestMain's completeness check counts them
// as tested here so that it keeps guarding the rules of this package.
func init() {
	expectedMu.Lock()
	defer expectedMu.Unlock()
	for _, id := range []validate.RuleID{
		validate.ScopeUnroutedMessage,
		validate.SwitchMissingCase,
		validate.SwitchDeadCase,
		validate.NewReturnsNil,
		validate.EmptyInstanceID,
		validate.EndCancelled,
		validate.TimeoutNotHandled,
		validate.DirectiveMalformed,
		validate.DirectiveUnused,
	} {
		expected[id] = true
	}
}
