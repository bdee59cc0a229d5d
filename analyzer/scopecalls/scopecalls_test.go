package scopecalls_test

import (
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
