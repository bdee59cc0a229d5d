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
	// Load holds the load's steps, each a separate in-process load, the
	// median of Repeats.
	Load    []phase
	Repeats int
	// Packages with syntax in dogmavet's load, their lines of Go, and the
	// lines by module.
	SyntaxPackages, SyntaxLines int
	Modules                     []moduleLines
	// Extra counts the packages outside the patterns that import dogma,
	// which dogmavet's reduced load names so that they get syntax, and
	// ExtraTestVariants the test packages that naming them adds to the
	// load (loaded, then dropped).
	Extra, ExtraTestVariants int
	// Unnameable lists the packages importing dogma that go list cannot be
	// asked for by name (test variants): each makes dogmavet's reduced load
	// give up and load everything with syntax (internal/cli/reduce.go).
	Unnameable []string
	// Analyze is the wall time of checker.Analyze(suite.All), sequential,
	// on dogmavet's load.
	Analyze time.Duration
	Actions []actionGroup
}

type moduleLines struct {
	Module string
	Lines  int
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

// loadRepeats is how many times each in-process load step runs.
const loadRepeats = 3

func wherePhases(title, dir string) (*phaseReport, error) {
	r := &phaseReport{App: title, Repeats: loadRepeats}
	load := func(mode packages.LoadMode, patterns ...string) ([]*packages.Package, error) {
		cfg := &packages.Config{Mode: mode | packages.NeedModule, Dir: dir, Env: appEnv(), Tests: true}
		pkgs, err := packages.Load(cfg, patterns...)
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = fmt.Errorf("packages in %s do not load", dir)
		}
		return pkgs, err
	}
	// Each step runs loadRepeats times; its time is the median, its heap
	// the last run's.
	step := func(name string, f func() error) error {
		var walls []time.Duration
		for range loadRepeats {
			runtime.GC()
			start := time.Now()
			if err := f(); err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
			walls = append(walls, time.Since(start))
		}
		slices.Sort(walls)
		wall := walls[len(walls)/2]
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		r.Load = append(r.Load, phase{name, wall, ms.HeapAlloc})
		return nil
	}

	var meta, floor, used []*packages.Package
	metaMode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports | packages.NeedDeps
	if err := step("go list only (metadata of the closure)", func() (err error) {
		meta, err = load(metaMode, "./...")
		return err
	}); err != nil {
		return nil, err
	}
	runtime.KeepAlive(meta)
	meta = nil
	if err := step("the floor's load, which is also dogmavet's first: LoadSyntax (named packages from source, the rest from export data)", func() (err error) {
		floor, err = load(packages.LoadSyntax, "./...")
		return err
	}); err != nil {
		return nil, err
	}
	requested := map[string]bool{}
	for _, p := range floor {
		requested[p.ID] = true
	}
	extra, unnameable := outsideImporters(floor)
	r.Extra, r.Unnameable = len(extra), unnameable
	floor = nil

	// dogmavet's own load, as internal/cli/reduce.go does it: again, naming
	// the dogma importers outside the patterns too, or, when one cannot be
	// named, everything with syntax.
	if len(unnameable) > 0 {
		if err := step("dogmavet's fallback load: LoadAllSyntax (every package from source, std included)", func() (err error) {
			used, err = load(packages.LoadAllSyntax, "./...")
			return err
		}); err != nil {
			return nil, err
		}
	} else {
		var all []*packages.Package
		name := fmt.Sprintf("dogmavet's second load: LoadSyntax naming also the %d dogma importers outside the patterns", len(extra))
		if err := step(name, func() (err error) {
			all, err = load(packages.LoadSyntax, append([]string{"./..."}, extra...)...)
			return err
		}); err != nil {
			return nil, err
		}
		isExtra := map[string]bool{}
		for _, id := range extra {
			isExtra[id] = true
		}
		for _, p := range all {
			if requested[p.ID] {
				used = append(used, p)
			} else if !isExtra[p.ID] {
				r.ExtraTestVariants++ // loaded with syntax, then dropped
			}
		}
		pruneImports(used)

		// Split the second load's excess: the same two loads without
		// tests, so that the extra importers' own cost and that of the
		// test packages -test adds for them can be told apart.
		noTests := func(patterns ...string) error {
			cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir, Env: appEnv()}
			pkgs, err := packages.Load(cfg, patterns...)
			if err == nil && packages.PrintErrors(pkgs) > 0 {
				err = fmt.Errorf("packages in %s do not load", dir)
			}
			runtime.KeepAlive(pkgs)
			return err
		}
		if err := step("for comparison: the first load without tests", func() error { return noTests("./...") }); err != nil {
			return nil, err
		}
		if err := step(fmt.Sprintf("for comparison: the second load without tests (no test packages of the %d importers)", len(extra)), func() error {
			return noTests(append([]string{"./..."}, extra...)...)
		}); err != nil {
			return nil, err
		}
	}

	// Parsing alone, again, to split the load between parsing and the
	// rest (go list and type-checking), and lines of Go by module.
	var files []string
	module := map[string]string{}
	packages.Visit(used, nil, func(p *packages.Package) {
		if len(p.Syntax) == 0 {
			return
		}
		r.SyntaxPackages++
		mod := "std"
		if p.Module != nil {
			mod = p.Module.Path
		}
		for _, f := range p.CompiledGoFiles {
			files = append(files, f)
			module[f] = mod
		}
	})
	slices.Sort(files)
	files = slices.Compact(files)
	lines := map[string]int{}
	if err := step(fmt.Sprintf("of which parsing alone (the %d files with syntax, again)", len(files)), func() error {
		fset := token.NewFileSet()
		for _, f := range files {
			af, err := parser.ParseFile(fset, f, nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			lines[module[f]] += fset.Position(af.FileEnd).Line
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for mod, n := range lines {
		r.Modules = append(r.Modules, moduleLines{mod, n})
		r.SyntaxLines += n
	}
	sort.Slice(r.Modules, func(i, j int) bool {
		if r.Modules[i].Lines != r.Modules[j].Lines {
			return r.Modules[i].Lines > r.Modules[j].Lines
		}
		return r.Modules[i].Module < r.Modules[j].Module
	})

	start := time.Now()
	g, err := checker.Analyze(suite.All, used, &checker.Options{Sequential: true})
	if err != nil {
		return nil, err
	}
	r.Analyze = time.Since(start)
	roots := map[*packages.Package]bool{}
	for _, p := range used {
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

// outsideImporters returns the packages in the closure of pkgs, other than
// pkgs themselves, that import dogma directly or not: those go list can be
// asked for by ID, and those it cannot (test variants such as
// "a [b.test]"), each of which makes dogmavet load everything with syntax.
func outsideImporters(pkgs []*packages.Package) (nameable, unnameable []string) {
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
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if requested[p.ID] || !uses(p) {
			return
		}
		if p.ID == p.PkgPath && !strings.HasSuffix(p.ID, ".test") && p.ID != "command-line-arguments" {
			nameable = append(nameable, p.ID)
		} else {
			unnameable = append(unnameable, p.ID)
		}
	})
	sort.Strings(nameable)
	sort.Strings(unnameable)
	return nameable, unnameable
}
