package dogmaconfig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
)

// TestFacts checks the extracted configurations through the facts
// exported for each handler and application type.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), dogmaconfig.Analyzer, "./...")
}

// TestFactsDeadlines extracts a handler on dogma v0.25.0, whose route
// functions return interfaces and whose timeouts are deadlines.
func TestFactsDeadlines(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), dogmaconfig.Analyzer, "./deadlines")
}

// TestRegistryFacts checks the RegistryFact of packages on dogma v0.25.0:
// registrations in init, carried up to an importer, and a conditional
// registration that makes the registry incomplete.
func TestRegistryFacts(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), dogmaconfig.Analyzer, "./registryfact/...")
}
