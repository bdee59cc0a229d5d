package notimeouts_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/notimeouts"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), notimeouts.Analyzer, "./a")
}
