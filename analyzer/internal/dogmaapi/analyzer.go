package dogmaapi

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Result is what Analyzer finds for one package: the API, or why the
// package's dogma is refused, or neither when the package does not depend on
// dogma.
type Result struct {
	API *API
	Err error
}

// Analyzer recognises the dogma package once per package, so that the
// analyzers requiring it share one API and its caches. Under an analysis
// driver the module version is not known, so recognition is by shape alone;
// a front end that knows the version calls [Find] or [Recognize] itself and
// prints the refusal before analysing. Analyzer never fails: an analyzer
// seeing Err stays silent, leaving the refusal to the front end.
//
// It runs despite type errors, as dogmaconfig, which requires it, does:
// recognition reads only the dogma package, never the erroneous code.
var Analyzer = &analysis.Analyzer{
	Name: "dogmaapi",
	Doc:  "recognise the Dogma API the package under analysis is built on",
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg == nil {
			return &Result{}, nil
		}
		api, err := Find(pass.Pkg, "")
		return &Result{API: api, Err: err}, nil
	},
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Result](),
}

// Of returns the API that Analyzer found for pass, or nil when the package
// does not depend on dogma or its dogma is refused. The pass's analyzer must
// require Analyzer.
func Of(pass *analysis.Pass) *API {
	r, _ := pass.ResultOf[Analyzer].(*Result)
	if r == nil {
		return nil
	}
	return r.API
}
