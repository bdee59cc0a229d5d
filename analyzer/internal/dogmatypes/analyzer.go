package dogmatypes

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Analyzer finds the dogma package once per package, so that the analyzers
// requiring it share one Dogma and with it the handler-kind and message-type
// caches: each handler type is then checked against the dogma interfaces
// once per package rather than once per analyzer. Its result is the
// package's *Dogma, nil when the package does not depend on dogma.
var Analyzer = &analysis.Analyzer{
	Name:       "dogmatypes",
	Doc:        "find the dogma package's types as seen from the package under analysis",
	Run:        func(pass *analysis.Pass) (any, error) { return Find(pass.Pkg), nil },
	ResultType: reflect.TypeFor[*Dogma](),
}

// Of returns the Dogma that Analyzer found for pass, or nil. The pass's
// analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Dogma {
	d, _ := pass.ResultOf[Analyzer].(*Dogma)
	return d
}
