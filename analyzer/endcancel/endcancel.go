package endcancel

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports process scope calls made after End(), and Mutate
// callbacks that call the scope.
var Analyzer = &analysis.Analyzer{
	Name:     "endcancel",
	Doc:      "report calls on a process scope after End(), which cancel it or panic, and Mutate callbacks that call the scope",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports: end-cancelled on dogma
// v0.15.x, call-after-end from v0.16.0 and mutate-calls-scope from v0.24.0.
var Rules = []validate.RuleID{validate.EndCancelled, validate.CallAfterEnd, validate.MutateCallsScope}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	sums := funcsummary.Of(pass)
	if api == nil || sums == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	switch api.AfterEnd {
	case dogmaapi.CancelsEnd, dogmaapi.Panics:
		checkAfterEnd(pass, rep, api, sums)
	}
	if api.Mutate {
		checkMutate(pass, rep, api, sums)
	}
	rep.Finish()
	return nil, nil
}
