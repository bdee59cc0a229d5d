package switchcover_test

import (
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
