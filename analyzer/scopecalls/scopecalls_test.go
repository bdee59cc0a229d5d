package scopecalls_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/internal/goldenbuild"

	"github.com/dogmavet/dogmavet/analyzer/scopecalls"
)

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), scopecalls.Analyzer, "./a")
}

func TestGoldenBuilds(t *testing.T) {
	goldenbuild.Check(t, "testdata", "./a/...")
}

// TestDeadlines runs on dogma v0.25.0: generic scopes, HandleDeadline and
// ScheduleDeadline, and the SchedulesDeadline route to add.
func TestDeadlines(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), scopecalls.Analyzer, "./deadlines")
}
