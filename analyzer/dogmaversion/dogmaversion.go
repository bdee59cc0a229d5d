package dogmaversion

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
)

// Supported range, as the refusal prints it.
const (
	Oldest = dogmaapi.Oldest
	Newest = dogmaapi.Newest
)

// Analyzer fails on a package whose dogma is refused; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:     "dogmaversion",
	Doc:      "refuse a program whose dogma is outside the supported range",
	URL:      "https://pkg.go.dev/github.com/dogmavet/dogmavet/analyzer/dogmaversion",
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r, _ := pass.ResultOf[dogmaapi.Analyzer].(*dogmaapi.Result)
		if r == nil || r.Err == nil {
			return nil, nil
		}
		return nil, r.Err
	},
	// Recognition reads only the dogma package, so the refusal stands
	// even when the package under analysis does not compile.
	RunDespiteErrors: true,
}

// Check returns an error, one line, when pkg depends on a dogma package
// dogmavet does not support. version is the dogma module's version from the
// build list: the replacement's version when a replace directive names one,
// "" when the module is replaced by a directory or the version is unknown,
// and the package is then placed by its shape. Check returns nil when pkg
// does not depend on dogma.
func Check(pkg *types.Package, version string) error {
	if pkg == nil {
		return nil
	}
	_, err := dogmaapi.Find(pkg, version)
	return err
}

// Package returns the dogma package pkg imports, directly or not, or nil.
func Package(pkg *types.Package) *types.Package {
	if pkg == nil {
		return nil
	}
	return dogmaapi.FindPackage(pkg)
}
