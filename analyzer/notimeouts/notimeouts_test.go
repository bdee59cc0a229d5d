package notimeouts_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/notimeouts"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), notimeouts.Analyzer, "./a")
}

// TestDeadlines runs on dogma v0.25.0: findings name HandleDeadline and
// NoDeadlineMessagesBehavior, as that API does.
func TestDeadlines(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), notimeouts.Analyzer, "./deadlines")
}
