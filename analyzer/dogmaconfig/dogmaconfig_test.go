package dogmaconfig_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
)

// TestFacts checks the extracted configurations through the facts
// exported for each handler and application type.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), dogmaconfig.Analyzer, "./...")
}
