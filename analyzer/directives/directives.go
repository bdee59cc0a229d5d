package directives

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports malformed //dogmavet:ignore directives.
var Analyzer = &analysis.Analyzer{
	Name: "directives",
	Doc:  "report malformed //dogmavet:ignore directives",
	URL:  validate.DocsURL,
	Run:  run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.DirectiveMalformed}

func known(id validate.RuleID) bool {
	_, ok := validate.RuleFor(id)
	return ok
}

func run(pass *analysis.Pass) (any, error) {
	for _, d := range suppress.Parse(pass.Fset, pass.Files) {
		if msg := d.Problem(known); msg != "" {
			pass.Report(suppress.Diagnostic(validate.DirectiveMalformed, d.Comment, "%s", msg))
		}
	}
	return nil, nil
}
