package endcancel_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/endcancel"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endcancel.Analyzer, "./a")
}

// TestNoReturn checks that a path through a call that never returns (panic,
// os.Exit, log.Fatal and the like) does not reach a later ExecuteCommand,
// while a path through an ordinary call does.
func TestNoReturn(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endcancel.Analyzer, "./noreturn")
}
