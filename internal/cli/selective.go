package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// The selective load reaches the same outcome as the reduced load of
// reduce.go, the same packages with the same syntax and types, in one go
// list call and without type-checking anything twice.
//
// The reduced load asks go/packages for syntax, which it gives only to the
// packages the patterns match; so when other packages import dogma (the
// adaptors of projectionkit, testkit and the libraries it uses, in every
// real application) it loads again, naming them, and go list then adds
// their own test packages too. Here go/packages only lists the packages
// (their files, imports and export data), and dogmavet parses and
// type-checks the packages that need syntax itself, reading every other
// package's types from its export data, as go/packages does.
//
// It does so for healthy code only, the common case of a run on every save
// or commit. Whenever anything is not as expected (a package go list, the
// parser or the type checker reports a problem in, cgo, a package without
// export data, files named on the command line) it gives up before the
// analysis starts, and the reduced or full load runs instead; those
// describe problems exactly as go vet does.
//
// Unlike the reduced load, it needs no go list command line naming the
// dogma importers, so it also gives syntax to those that exist only as test
// variants ("a [b.test]": a package recompiled for another package's tests,
// which imports a package the tests change), where the reduced load falls
// back to loading everything with syntax. Giving syntax to every dogma
// importer is what makes the pruning of reduce.go sound, whatever the
// importer's ID.

// listMode lists the packages of the closure, with what the type checker
// needs to load them, without parsing or type-checking any.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
	packages.NeedTypesSizes | packages.NeedModule

// parseMode is the mode in which go/packages parses files by default.
const parseMode = parser.AllErrors | parser.ParseComments

// loadSelective loads patterns as the comment above describes, or returns
// nil when it cannot.
func loadSelective(patterns []string, tests bool) *loaded {
	if namesFiles(patterns) {
		return nil
	}
	roots, err := packages.Load(&packages.Config{Mode: listMode, Tests: tests}, patterns...)
	if err != nil || len(roots) == 0 {
		return nil
	}
	requested := map[string]bool{}
	for _, p := range roots {
		requested[p.ID] = true
	}
	importers := dogmaImporters(roots)

	// source holds the packages to load with syntax: the requested ones and
	// every dogma importer.
	source := map[*packages.Package]bool{}
	var all []*packages.Package
	healthy := true
	packages.Visit(roots, nil, func(p *packages.Package) {
		all = append(all, p)
		if len(p.Errors) > 0 {
			healthy = false
		}
		if requested[p.ID] || importers[p.ID] != nil {
			source[p] = true
			if !sameFiles(p.GoFiles, p.CompiledGoFiles) {
				healthy = false // cgo
			}
			if p.PkgPath == "unsafe" {
				healthy = false // no syntax to give it
			}
		}
	})
	if !healthy {
		return nil
	}
	// go/packages loads a package without export data from source, and
	// every package that imports it, directly or not, too.
	for _, p := range all {
		if !source[p] && p.PkgPath != "unsafe" && p.ExportFile == "" {
			return nil
		}
	}

	c := &selectiveChecker{fset: token.NewFileSet(), source: source, parsed: map[string]*ast.File{}}
	if !c.parse(all) || !c.check(all) {
		return nil
	}

	l := &loaded{reduced: true, api: findDogma(roots)}
	for _, p := range roots {
		if importers[p.ID] != nil || p.PkgPath == dogmaPath {
			l.dogma = true
		}
	}
	for _, p := range all {
		p.ExportFile = "" // not asked for by the other loads either
		if source[p] {
			pruned := map[string]*packages.Package{}
			for path, imp := range p.Imports {
				if source[imp] {
					pruned[path] = imp
				}
			}
			p.Imports = pruned
		}
	}
	l.pkgs = roots
	return l
}

// sameFiles reports whether a package's Go files are the files it is
// compiled from, which is not so under cgo.
func sameFiles(goFiles, compiled []string) bool {
	if len(goFiles) != len(compiled) {
		return false
	}
	for i := range goFiles {
		if goFiles[i] != compiled[i] {
			return false
		}
	}
	return true
}

// selectiveChecker parses and type-checks the source packages of a
// selective load and reads the types of the others from export data.
type selectiveChecker struct {
	fset   *token.FileSet
	source map[*packages.Package]bool

	mu     sync.Mutex
	parsed map[string]*ast.File // by file name: a package and its test variant share files
	failed bool

	exportMu sync.Mutex // gcexportdata fills in packages shared by all reads
}

func (c *selectiveChecker) fail() {
	c.mu.Lock()
	c.failed = true
	c.mu.Unlock()
}

// parse parses the files of the source packages, in parallel.
func (c *selectiveChecker) parse(all []*packages.Package) bool {
	var names []string
	seen := map[string]bool{}
	for _, p := range all {
		if !c.source[p] {
			continue
		}
		for _, name := range p.CompiledGoFiles {
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	work := make(chan string)
	var wg sync.WaitGroup
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				src, err := os.ReadFile(name)
				var f *ast.File
				if err == nil {
					f, err = parser.ParseFile(c.fset, name, src, parseMode)
				}
				c.mu.Lock()
				if err != nil {
					c.failed = true
				}
				c.parsed[name] = f
				c.mu.Unlock()
			}
		}()
	}
	for _, name := range names {
		work <- name
	}
	close(work)
	wg.Wait()
	return !c.failed
}

// check gives every package of the closure its types, each after the
// packages it imports, as go/packages does: the source packages from their
// syntax, the packages they import directly from export data, the others
// not at all (reading export data fills in what is needed of them).
func (c *selectiveChecker) check(all []*packages.Package) bool {
	needsExport := map[*packages.Package]bool{}
	for _, p := range all {
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
		p.Fset = c.fset
		if c.source[p] {
			for _, imp := range p.Imports {
				needsExport[imp] = !c.source[imp]
			}
		}
	}

	// Each package waits for the packages it imports; packages without
	// imports start at once.
	waiting := map[*packages.Package]int{}
	importedBy := map[*packages.Package][]*packages.Package{}
	for _, p := range all {
		waiting[p] = len(p.Imports)
		for _, imp := range p.Imports {
			importedBy[imp] = append(importedBy[imp], p)
		}
	}
	cpu := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	var countMu sync.Mutex
	var start func(p *packages.Package)
	start = func(p *packages.Package) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch {
			case p.PkgPath == "unsafe":
			case c.source[p]:
				cpu <- struct{}{}
				c.checkSource(p)
				<-cpu
			case needsExport[p]:
				c.readExport(p)
			}
			countMu.Lock()
			var ready []*packages.Package
			for _, q := range importedBy[p] {
				waiting[q]--
				if waiting[q] == 0 {
					ready = append(ready, q)
				}
			}
			countMu.Unlock()
			for _, q := range ready {
				start(q)
			}
		}()
	}
	var leaves []*packages.Package
	for _, p := range all {
		if waiting[p] == 0 {
			leaves = append(leaves, p)
		}
	}
	for _, p := range leaves {
		start(p)
	}
	wg.Wait()
	return !c.failed
}

// checkSource type-checks a source package, configured as go/packages
// configures the type checker for the packages the patterns match.
func (c *selectiveChecker) checkSource(p *packages.Package) {
	p.Syntax = make([]*ast.File, 0, len(p.CompiledGoFiles))
	c.mu.Lock()
	for _, name := range p.CompiledGoFiles {
		p.Syntax = append(p.Syntax, c.parsed[name])
	}
	c.mu.Unlock()
	p.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	failed := false
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil || !imp.Types.Complete() {
				failed = true
				return nil, errNoTypes
			}
			return imp.Types, nil
		}),
		Error: func(error) { failed = true },
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	if err := types.NewChecker(tc, c.fset, p.Types, p.TypesInfo).Files(p.Syntax); err != nil || failed {
		c.fail()
	}
}

// readExport reads a package's types from its export data.
func (c *selectiveChecker) readExport(p *packages.Package) {
	c.exportMu.Lock()
	defer c.exportMu.Unlock()
	if !c.readExportLocked(p) {
		c.fail()
	}
}

func (c *selectiveChecker) readExportLocked(p *packages.Package) bool {
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return false
	}
	// The reader sees every package below p, whose types it fills in or,
	// for the source packages among them, looks up.
	view := map[string]*types.Package{}
	seen := map[*packages.Package]bool{}
	var visit func(imports map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, imp := range imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = imp.Types
				visit(imp.Imports)
			}
		}
	}
	visit(p.Imports)
	want := len(view) + 1 // and p itself
	tpkg, err := gcexportdata.Read(r, c.fset, view, p.PkgPath)
	if err != nil {
		return false
	}
	if _, ok := view["go.shape"]; ok {
		want++
	}
	p.Types = tpkg
	return len(view) == want // no package the listing does not know of
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

var errNoTypes = errorString("package without types")

type errorString string

func (e errorString) Error() string { return string(e) }
