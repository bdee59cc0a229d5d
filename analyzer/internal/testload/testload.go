// Package testload loads test packages from a testdata module and runs
// analyzers on them with the checker's fact sanity check, for tests that
// need more than analysistest offers.
package testload

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Mode is what the analyzers need of each package.
const Mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// Load loads the packages matching patterns in the module rooted at dir,
// offline, failing the test on errors when strict is set.
func Load(t testing.TB, dir string, strict bool, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: Mode,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GO111MODULE=on"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatalf("loading %v in %s: %v", patterns, dir, err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages match %v in %s", patterns, dir)
	}
	if strict {
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				t.Errorf("%s: %v", p.PkgPath, e)
			}
		})
		if t.Failed() {
			t.FailNow()
		}
	}
	return pkgs
}

// Analyze runs analyzers on pkgs with the fact sanity check (facts must
// encode deterministically) and returns the graph.
func Analyze(t testing.TB, pkgs []*packages.Package, analyzers ...*analysis.Analyzer) *checker.Graph {
	t.Helper()
	g, err := checker.Analyze(analyzers, pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatalf("analysis: %v", err)
	}
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
	return g
}
