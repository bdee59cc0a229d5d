package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/dogmavet/dogmavet/analyzer/suite"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// profileResult explains where dogmavet's standalone time goes, phase by
// phase, reproducing in-process what the command does.
type profileResult struct {
	App    string
	Phases []phase
	// Outcome says what happened when the tried load was analysed.
	Outcome string
	// Top is `go tool pprof -top -cum` of the CPU profile of the analysis,
	// restricted to dogmavet's own functions.
	Top string
	// AllocTop is the same of the memory the analysis allocates
	// (alloc_space): which analyzer and step the standalone run's extra
	// peak memory over the floor comes from.
	AllocTop string
}

type phase struct {
	Name string
	Wall time.Duration
	// Heap is the live heap after the phase, with its result still
	// reachable (a lower bound of the process's resident set).
	Heap uint64
}

// profileDogmavet loads the application three ways and analyzes it:
//   - the floor: the load the no-op analyzer's driver does (syntax for the
//     named packages only, dependencies from export data);
//   - dogmavet's load: syntax and types of every package, dependencies
//     included, which drivers must do when an analyzer uses facts;
//   - the analysis proper, checker.Analyze with suite.All.
func profileDogmavet(root, work, app string) (*profileResult, error) {
	res := &profileResult{App: app}
	dir := filepath.Join(work, "prof")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	load := func(mode packages.LoadMode) ([]*packages.Package, error) {
		cfg := &packages.Config{Mode: mode | packages.NeedModule, Dir: app, Env: appEnv()}
		pkgs, err := packages.Load(cfg, "./...")
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = fmt.Errorf("packages in %s do not load", app)
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
		res.Phases = append(res.Phases, phase{name, wall, ms.HeapAlloc})
		return nil
	}

	var floor, all, tried []*packages.Package
	if err := step("load, floor mode (LoadSyntax)", func() (err error) {
		floor, err = load(packages.LoadSyntax)
		return err
	}); err != nil {
		return nil, err
	}
	runtime.KeepAlive(floor) // held until its phase measured the heap

	if err := step("load, dogmavet mode (LoadAllSyntax)", func() (err error) {
		all, err = load(packages.LoadAllSyntax)
		return err
	}); err != nil {
		return nil, err
	}

	// Profile the analysis alone: the load above is x/tools' and the same
	// for any facts-using driver; the analysis is dogmavet's own code.
	cpu := filepath.Join(dir, "dogmavet-analysis.cpu")
	f, err := os.Create(cpu)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return nil, err
	}
	err = step("checker.Analyze(suite.All)", func() error {
		g, err := checker.Analyze(suite.All, all, &checker.Options{})
		if err != nil {
			return err
		}
		for act := range g.All() {
			if act.Err != nil {
				return fmt.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			}
		}
		return nil
	})
	pprof.StopCPUProfile()
	f.Close()
	if err != nil {
		return nil, err
	}
	heap := filepath.Join(dir, "dogmavet-analysis.heap")
	if err := writeAllocs(heap); err != nil {
		return nil, err
	}
	all = nil

	// What was tried: give syntax only to the packages that can hold Dogma
	// configuration (those importing dogma, directly or not) by naming them
	// all as roots of a LoadSyntax load; std comes from export data.
	if err := step("tried: load only dogma importers with syntax (LoadSyntax)", func() error {
		roots, err := dogmaImporters(app)
		if err != nil {
			return err
		}
		cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: app, Env: appEnv()}
		tried, err = packages.Load(cfg, roots...)
		return err
	}); err != nil {
		return nil, err
	}
	// The checker runs fact-producing analyzers (dogmaconfig, ctrlflow) on
	// every dependency, and those have no syntax in such a load.
	res.Outcome = "analysing that load as it is with checker.Analyze: " + tryAnalyze(tried)

	// Then hide the dependencies without syntax from the checker, which
	// finds a package's dependencies through Package.Imports: only the
	// packages with syntax are analysed, and facts flow between them alone.
	// Facts about std (ctrlflow's "never returns") are then unknown.
	pruneImports(tried)
	if err := step("tried: that load with syntax-less imports pruned, checker.Analyze(suite.All), sequential", func() error {
		if o := tryAnalyze(tried); o != "works" {
			return fmt.Errorf("%s", o)
		}
		return nil
	}); err != nil {
		res.Outcome += "; with syntax-less imports pruned: " + err.Error()
	} else {
		res.Outcome += "; with syntax-less imports pruned: works (see the last phase)"
	}
	runtime.KeepAlive(tried)

	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	// Cumulative, and only dogmavet's own functions: which analyzer and
	// which of its steps the time goes to.
	top, err := runCmd(root, nil, "go", "tool", "pprof", "-top", "-cum", "-nodecount=25",
		"-focus=github.com/dogmavet/", "-show=github.com/dogmavet/", exe, cpu)
	if err != nil {
		return nil, err
	}
	res.Top = trimPprof(string(top))
	// The allocation profile covers the whole process, loads included;
	// focusing on dogmavet's functions leaves the analysis.
	allocs, err := runCmd(root, nil, "go", "tool", "pprof", "-sample_index=alloc_space", "-top", "-cum", "-nodecount=25",
		"-focus=github.com/dogmavet/", "-show=github.com/dogmavet/", exe, heap)
	if err != nil {
		return nil, err
	}
	res.AllocTop = trimPprof(string(allocs))
	return res, nil
}

// writeAllocs writes the allocation profile of the process so far.
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// pruneImports removes, from every package, the imports that have no syntax.
func pruneImports(pkgs []*packages.Package) {
	var all []*packages.Package
	packages.Visit(pkgs, nil, func(p *packages.Package) { all = append(all, p) })
	for _, p := range all {
		kept := map[string]*packages.Package{}
		for path, imp := range p.Imports {
			if len(imp.Syntax) > 0 {
				kept[path] = imp
			}
		}
		p.Imports = kept
	}
}

// tryAnalyze runs the suite sequentially, so that a panic can be recovered
// and described instead of ending the benchmark.
func tryAnalyze(pkgs []*packages.Package) (outcome string) {
	defer func() {
		if r := recover(); r != nil {
			outcome = fmt.Sprintf("panics (%v)", r)
		}
	}()
	g, err := checker.Analyze(suite.All, pkgs, &checker.Options{Sequential: true})
	if err != nil {
		return "fails: " + err.Error()
	}
	for act := range g.All() {
		if act.Err != nil {
			return fmt.Sprintf("fails: %s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
	}
	return "works"
}

// dogmaImporters lists the packages under app that import dogma, directly or
// through other packages, with a cheap metadata-only load.
func dogmaImporters(app string) ([]string, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps, Dir: app, Env: appEnv()}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, err
	}
	uses := map[*packages.Package]bool{}
	var visit func(p *packages.Package) bool
	visit = func(p *packages.Package) bool {
		if v, ok := uses[p]; ok {
			return v
		}
		uses[p] = false // cycles are impossible in Go, but stay finite
		v := p.PkgPath == "github.com/dogmatiq/dogma"
		for _, imp := range p.Imports {
			if visit(imp) {
				v = true
			}
		}
		uses[p] = v
		return v
	}
	var roots []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if visit(p) && p.PkgPath != "github.com/dogmatiq/dogma" {
			roots = append(roots, p.PkgPath)
		}
	})
	return roots, nil
}

// trimPprof drops pprof's header lines that name temporary files.
func trimPprof(s string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "File:") || strings.HasPrefix(line, "Build ID:") || strings.HasPrefix(line, "Time:") {
			continue
		}
		keep = append(keep, line)
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}
