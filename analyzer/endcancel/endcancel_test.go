package endcancel_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/endcancel"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endcancel.Analyzer, "./a")
}
