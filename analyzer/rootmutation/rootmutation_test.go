package rootmutation_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/rootmutation"
)

// Test checks aggregate roots on dogma v0.15.0: writes, aliases, helpers
// of the package, ApplyEvent calls and the look-alikes that change nothing
// the root reaches; and that a process root changed directly is silent
// there, before Mutate existed.
func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rootmutation.Analyzer, "./a")
}

// TestFacts checks helpers of another package, followed through facts.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rootmutation.Analyzer, "./facts/...")
}

// TestGeneric checks generic roots and Mutate on dogma v0.25.0.
func TestGeneric(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), rootmutation.Analyzer, "./...")
}
