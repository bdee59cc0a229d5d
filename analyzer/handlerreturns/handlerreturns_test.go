package handlerreturns_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/internal/goldenbuild"

	"github.com/dogmavet/dogmavet/analyzer/handlerreturns"
)

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), handlerreturns.Analyzer, "./a")
}

func TestGoldenBuilds(t *testing.T) {
	goldenbuild.Check(t, "testdata", "./a/...")
}

// TestGeneric runs on dogma v0.25.0, where handlers are generic over their
// root.
func TestGeneric(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), handlerreturns.Analyzer, "./generic")
}
