package validate_test

import "github.com/dogmavet/dogmavet/validate"

// These rules are reported by the analyzer endcancel; their
// failing-then-passing tests are its analysistest cases and those of
// analyzer/suite. TestMain's completeness check counts them as tested here.
func init() {
	expectedMu.Lock()
	defer expectedMu.Unlock()
	for _, id := range []validate.RuleID{
		validate.CallAfterEnd,
		validate.MutateCallsScope,
	} {
		expected[id] = true
	}
}
