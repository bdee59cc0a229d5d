package endcancel_test

import (
	"path/filepath"
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

// TestHelpers checks End() and cancelling calls made in helpers of the
// package and of another one, root methods, closures and recursive
// helpers.
func TestHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endcancel.Analyzer, "./helpers")
}

// TestPaths checks that paths that cannot run, because they take
// contradicting branches, are not reported, and that those that can are.
func TestPaths(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), endcancel.Analyzer, "./paths")
}

// TestCallAfterEnd checks call-after-end on dogma v0.25.0, where a call
// after End() panics instead of cancelling it: ExecuteCommand,
// ScheduleDeadline and Mutate, in helpers of the package and of another
// one, and the look-alikes that stay silent.
func TestCallAfterEnd(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), endcancel.Analyzer, "./afterend")
}

// TestMutateCallsScope checks mutate-calls-scope on dogma v0.25.0.
func TestMutateCallsScope(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), endcancel.Analyzer, "./mutate")
}
