package fuzzextract

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"sort"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// driver is a minimal in-process analysis driver for one package whose
// imports come from export data loaded once. x/tools' drivers need
// go/packages or go vet per run, far too slow for fuzzing.
type driver struct {
	fset    *token.FileSet
	imports map[string]*types.Package
	sizes   types.Sizes
}

var (
	sharedOnce   sync.Once
	sharedDriver *driver
	sharedErr    error
)

// importPaths are the packages the template may import.
var importPaths = []string{"github.com/dogmatiq/dogma", "context", "errors", "fmt", "reflect", "strings", "time"}

func newDriver() (*driver, error) {
	sharedOnce.Do(func() {
		d := &driver{fset: token.NewFileSet(), imports: map[string]*types.Package{}}
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps | packages.NeedTypesSizes,
			Fset: d.fset,
		}
		pkgs, err := packages.Load(cfg, importPaths...)
		if err != nil {
			sharedErr = err
			return
		}
		if packages.PrintErrors(pkgs) > 0 {
			sharedErr = fmt.Errorf("cannot load %v", importPaths)
			return
		}
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			d.imports[p.PkgPath] = p.Types
			if d.sizes == nil {
				d.sizes = p.TypesSizes
			}
		})
		sharedDriver = d
	})
	return sharedDriver, sharedErr
}

func (d *driver) Import(path string) (*types.Package, error) {
	if p, ok := d.imports[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("package %q is not available to the fuzz template", path)
}

// check parses and type-checks src as package p. ok is false when the
// source is not a valid Go package, which the fuzzer simply skips.
func (d *driver) check(src []byte) (files []*ast.File, pkg *types.Package, info *types.Info, ok bool) {
	f, err := parseFile(d.fset, src)
	if err != nil {
		return nil, nil, nil, false
	}
	info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: d, Sizes: d.sizes, GoVersion: "go1.24"}
	pkg, err = conf.Check("example.com/fuzz", d.fset, []*ast.File{f}, info)
	if err != nil {
		return nil, nil, nil, false
	}
	return []*ast.File{f}, pkg, info, true
}

// gobFact mirrors how drivers serialize facts: behind an interface, so
// every fact type must be registered with gob.
type gobFact struct{ Fact analysis.Fact }

// registerFacts registers the fact types of analyzers and their
// requirements, as drivers do.
func registerFacts(analyzers []*analysis.Analyzer) {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, f := range a.FactTypes {
			gob.Register(f)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range analyzers {
		visit(a)
	}
}

type factKey struct {
	obj types.Object // nil for package facts
	pkg *types.Package
	typ reflect.Type
}

// run runs analyzers and everything they require over one package, as a
// driver would, and returns the diagnostics of the named analyzers. It
// returns an error for what a real driver rejects: an analyzer error, or a
// fact that is about another package or cannot be gob-encoded.
func (d *driver) run(files []*ast.File, pkg *types.Package, info *types.Info, analyzers []*analysis.Analyzer) ([]analysis.Diagnostic, error) {
	results := map[*analysis.Analyzer]any{}
	facts := map[factKey]analysis.Fact{}
	var diags []analysis.Diagnostic
	var firstErr error
	fail := func(err error) {
		if firstErr == nil {
			firstErr = err
		}
	}
	var exec func(a *analysis.Analyzer) any
	exec = func(a *analysis.Analyzer) any {
		if r, ok := results[a]; ok {
			return r
		}
		resultOf := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			resultOf[req] = exec(req)
		}
		importFact := func(k factKey, fact analysis.Fact) bool {
			stored, ok := facts[k]
			if ok {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(stored).Elem())
			}
			return ok
		}
		exportFact := func(k factKey, fact analysis.Fact) {
			// go vet hands facts between processes as gob; a fact
			// that does not survive the trip breaks go vet only.
			var buf bytes.Buffer
			var back gobFact
			if err := gob.NewEncoder(&buf).Encode(gobFact{fact}); err != nil {
				fail(fmt.Errorf("%s: fact %T does not gob-encode: %v", a.Name, fact, err))
			} else if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
				fail(fmt.Errorf("%s: fact %T does not gob-decode: %v", a.Name, fact, err))
			}
			facts[k] = fact
		}
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       d.fset,
			Files:      files,
			Pkg:        pkg,
			TypesInfo:  info,
			TypesSizes: d.sizes,
			ResultOf:   resultOf,
			Module:     &analysis.Module{Path: "example.com/fuzz", GoVersion: "1.24"},
			Report:     func(diag analysis.Diagnostic) { diags = append(diags, diag) },
			ReadFile:   func(string) ([]byte, error) { return nil, os.ErrNotExist },
			ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
				return importFact(factKey{obj: obj, typ: reflect.TypeOf(fact)}, fact)
			},
			ImportPackageFact: func(p *types.Package, fact analysis.Fact) bool {
				return importFact(factKey{pkg: p, typ: reflect.TypeOf(fact)}, fact)
			},
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
				if obj == nil || obj.Pkg() != pkg {
					fail(fmt.Errorf("%s: exported a fact about %v, which is not in the package", a.Name, obj))
					return
				}
				exportFact(factKey{obj: obj, typ: reflect.TypeOf(fact)}, fact)
			},
			ExportPackageFact: func(fact analysis.Fact) {
				exportFact(factKey{pkg: pkg, typ: reflect.TypeOf(fact)}, fact)
			},
			AllObjectFacts: func() []analysis.ObjectFact {
				var out []analysis.ObjectFact
				for k, f := range facts {
					if k.obj != nil {
						out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
					}
				}
				sort.Slice(out, func(i, j int) bool { return out[i].Object.Pos() < out[j].Object.Pos() })
				return out
			},
			AllPackageFacts: func() []analysis.PackageFact {
				var out []analysis.PackageFact
				for k, f := range facts {
					if k.pkg != nil {
						out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
					}
				}
				return out
			},
		}
		r, err := a.Run(pass)
		if err != nil {
			fail(fmt.Errorf("%s: %v", a.Name, err))
		}
		results[a] = r
		return r
	}
	for _, a := range analyzers {
		exec(a)
	}
	return diags, firstErr
}
