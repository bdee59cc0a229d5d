package directives_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/directives"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), directives.Analyzer, "a")
}
