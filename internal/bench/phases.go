package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/suite"
)

// phaseReport says where dogmavet's standalone time goes on a real
// application, tests included (the default): the load, step by step, and
// the analysis, action by action, from go/analysis/checker's own per-action
// timing in a sequential run.
type phaseReport struct {
	App string
	// Load holds the load's steps, each a separate in-process load.
	Load []phase
	// Packages with syntax in the full load, and their lines of Go.
	SyntaxPackages, SyntaxLines int
	// Unnameable lists the packages importing dogma that go list cannot be
	// asked for by name (test variants): each makes dogmavet's reduced load
	// give up and load everything with syntax (internal/cli/reduce.go).
	Unnameable []string
	// Analyze is the wall time of checker.Analyze(suite.All), sequential,
	// on the full load.
	Analyze time.Duration
	Actions []actionGroup
}

// actionGroup sums the checker's actions of one analyzer, on the
// application's own packages or on its dependencies (where only analyzers
// with facts run, to produce them).
type actionGroup struct {
	Analyzer string
	Deps     bool
	Count    int
	Total    time.Duration
}

func wherePhases(title, dir string) (*phaseReport, error) {
	r := &phaseReport{App: title}
	load := func(mode packages.LoadMode) ([]*packages.Package, error) {
		cfg := &packages.Config{Mode: mode | packages.NeedModule, Dir: dir, Env: appEnv(), Tests: true}
		pkgs, err := packages.Load(cfg, "./...")
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = fmt.Errorf("packages in %s do not load", dir)
		}
		return pkgs, err
	}
	step := func(name string, f func() error) error {
		runtime.GC()
		start := time.Now()
		if err := f(); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		wall := time.Since(start)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		r.Load = append(r.Load, phase{name, wall, ms.HeapAlloc})
		return nil
	}

	var meta, syntax, all []*packages.Package
	metaMode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports | packages.NeedDeps
	if err := step("go list only (metadata of the closure, tests included)", func() (err error) {
		meta, err = load(metaMode)
		return err
	}); err != nil {
		return nil, err
	}
	runtime.KeepAlive(meta)
	meta = nil
	if err := step("the floor's load: LoadSyntax (named packages from source, the rest from export data)", func() (err error) {
		syntax, err = load(packages.LoadSyntax)
		return err
	}); err != nil {
		return nil, err
	}
	r.Unnameable = unnameableImporters(syntax)
	syntax = nil
	if err := step("dogmavet's fallback load: LoadAllSyntax (every package from source, std included)", func() (err error) {
		all, err = load(packages.LoadAllSyntax)
		return err
	}); err != nil {
		return nil, err
	}

	// Parsing alone, again, to split the full load between parsing and
	// type-checking.
	var files []string
	packages.Visit(all, nil, func(p *packages.Package) {
		if len(p.Syntax) > 0 {
			r.SyntaxPackages++
			files = append(files, p.CompiledGoFiles...)
		}
	})
	slices.Sort(files)
	files = slices.Compact(files)
	if err := step(fmt.Sprintf("of which parsing alone (the %d files again)", len(files)), func() error {
		fset := token.NewFileSet()
		for _, f := range files {
			af, err := parser.ParseFile(fset, f, nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			r.SyntaxLines += fset.Position(af.FileEnd).Line
		}
		return nil
	}); err != nil {
		return nil, err
	}

	start := time.Now()
	g, err := checker.Analyze(suite.All, all, &checker.Options{Sequential: true})
	if err != nil {
		return nil, err
	}
	r.Analyze = time.Since(start)
	roots := map[*packages.Package]bool{}
	for _, p := range all {
		roots[p] = true
	}
	groups := map[[2]string]*actionGroup{}
	for act := range g.All() {
		if act.Err != nil {
			return nil, fmt.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		deps := !roots[act.Package]
		key := [2]string{act.Analyzer.Name, fmt.Sprint(deps)}
		ag := groups[key]
		if ag == nil {
			ag = &actionGroup{Analyzer: act.Analyzer.Name, Deps: deps}
			groups[key] = ag
		}
		ag.Count++
		ag.Total += act.Duration
	}
	for _, ag := range groups {
		r.Actions = append(r.Actions, *ag)
	}
	sortActions(r.Actions)
	return r, nil
}

// sortActions orders groups by total time, longest first, then by name.
func sortActions(as []actionGroup) {
	sort.Slice(as, func(i, j int) bool {
		if as[i].Total != as[j].Total {
			return as[i].Total > as[j].Total
		}
		if as[i].Analyzer != as[j].Analyzer {
			return as[i].Analyzer < as[j].Analyzer
		}
		return !as[i].Deps && as[j].Deps
	})
}

// unnameableImporters lists the packages in the closure of pkgs, other than
// pkgs themselves, that import dogma directly or not and that go list
// would not list by their ID: test variants such as "a [b.test]".
func unnameableImporters(pkgs []*packages.Package) []string {
	requested := map[string]bool{}
	for _, p := range pkgs {
		requested[p.ID] = true
	}
	memo := map[*packages.Package]bool{}
	var uses func(p *packages.Package) bool
	uses = func(p *packages.Package) bool {
		if v, ok := memo[p]; ok {
			return v
		}
		memo[p] = false
		v := false
		for _, imp := range p.Imports {
			if imp.PkgPath == "github.com/dogmatiq/dogma" || uses(imp) {
				v = true
			}
		}
		memo[p] = v
		return v
	}
	var out []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		nameable := p.ID == p.PkgPath && !strings.HasSuffix(p.ID, ".test") && p.ID != "command-line-arguments"
		if !requested[p.ID] && !nameable && uses(p) {
			out = append(out, p.ID)
		}
	})
	sort.Strings(out)
	return out
}
