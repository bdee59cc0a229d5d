package switchcover_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/internal/goldenbuild"

	"github.com/dogmavet/dogmavet/analyzer/switchcover"
)

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), switchcover.Analyzer, "./a")
}

func TestGoldenBuilds(t *testing.T) {
	goldenbuild.Check(t, "testdata", "./a/...")
}

// TestDeadlines runs on dogma v0.25.0: a process generic over its root,
// with HandleDeadline.
func TestDeadlines(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), switchcover.Analyzer, "./deadlines")
}
