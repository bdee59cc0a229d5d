package configcheck_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
)

// TestRegistry runs on dogma v0.25.0, which has the message type registry:
//
//   - msgs, handlers: registrations in init with each rule broken, and routes
//     to types registered in another package's init (through its fact) or
//     nowhere;
//   - lookalike: a RegisterEvent that is not dogma's registers nothing and
//     its IDs are not checked;
//   - generic, conditional: registrations dogmavet cannot follow make the
//     registry incomplete, and unregistered routes silent;
//   - chain/...: registrations two imports away, through an intermediate
//     package's fact, and types of a package that registers none (silent);
//   - crossdup/...: conflicts between packages, reported once, where both
//     registrations first become visible;
//   - illtyped: registrations that do not type-check are not followed;
//   - fixes: the fixes of message-type-id.
func TestRegistry(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), configcheck.Analyzer, "./registry/...")
}

// TestRegistryFixes applies the fixes of message-type-id and compares the
// result with the golden file.
func TestRegistryFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, filepath.Join(analysistest.TestData(), "v0.25.0"), configcheck.Analyzer, "./registry/fixes")
}

// TestRegistryValueTypes runs on dogma v0.16.0, where message types may have
// value receivers, so T and *T can both be registered and routed.
func TestRegistryValueTypes(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.16.0"), configcheck.Analyzer, "./registry/...")
}
