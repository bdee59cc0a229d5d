package funcsummary

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

// Analyzer exports a Fact for each function and method with an exported
// name and a scope parameter, and returns the package's *Table, from which
// the analyzers that require it read summaries.
var Analyzer = &analysis.Analyzer{
	Name:       "funcsummary",
	Doc:        "summarize what functions do with the Dogma scopes they receive",
	Requires:   []*analysis.Analyzer{dogmaapi.Analyzer},
	FactTypes:  []analysis.Fact{new(Fact)},
	ResultType: reflect.TypeFor[*Table](),
	Run:        run,
}

// Of returns the Table that Analyzer built for pass, or nil when the package
// does not use Dogma. The pass's analyzer must require Analyzer.
func Of(pass *analysis.Pass) *Table {
	t, _ := pass.ResultOf[Analyzer].(*Table)
	return t
}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	if api == nil {
		return (*Table)(nil), nil
	}
	t := newTable(pass, api)
	// Only functions that another package can name need a fact; the others
	// are summarized when a handler of this package first reaches them. A
	// handler's own methods (HandleCommand, HandleEvent, ...) get none: the
	// engine calls them, not another package's handler, and their facts,
	// one per handler, were most of what every importer of an application
	// decoded again under go vet. A call to one from another package is an
	// unknown call, as for any function without a fact.
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() || api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name) != nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !t.hasScopeParam(fn.Signature()) {
				continue
			}
			if s := t.Func(fn); s != nil {
				packed, files := posn.Pack(*s)
				pass.ExportObjectFact(fn, &Fact{Summary: packed, Files: files})
			}
		}
	}
	return t, nil
}

// Table holds the summaries of one package's functions, computed on first
// use, and those of other packages' functions, read from their facts. It is
// safe for concurrent use by the analyzers that share it.
type Table struct {
	pass *analysis.Pass
	api  *dogmaapi.API

	mu sync.Mutex
	// decls maps the package's functions and methods to their declarations.
	decls map[*types.Func]*ast.FuncDecl
	// noReturn knows which calls never return; built with decls.
	noReturn *noreturn.Oracle
	// summaries caches finished summaries, local and imported; a nil entry
	// is a function without one.
	summaries map[*types.Func]*Summary
	// active holds the functions being summarized, by depth: a call of one
	// of them is recursive.
	active   map[*types.Func]int
	closures map[closureKey]*Param
	res      *posn.Resolver
	// scopeTypes are the dogma scope interfaces whose calls summaries follow.
	scopeTypes []*types.TypeName
}

type closureKey struct {
	lit   *ast.FuncLit
	scope *types.Var
}

// scopeTypeNames are the dogma scopes that produce messages or end a
// process, by their v0.15.0 names; ProcessTimeoutScope is spelled as the
// API spells it. Projection scopes do neither.
func scopeTypeNames(api *dogmaapi.API) []string {
	return []string{
		"AggregateCommandScope", "IntegrationCommandScope",
		"ProcessEventScope", api.Names.ProcessTimeoutScope,
	}
}

func newTable(pass *analysis.Pass, api *dogmaapi.API) *Table {
	t := &Table{
		pass:      pass,
		api:       api,
		summaries: map[*types.Func]*Summary{},
		active:    map[*types.Func]int{},
		closures:  map[closureKey]*Param{},
	}
	for _, name := range scopeTypeNames(api) {
		if tn := api.Scopes[name]; tn != nil {
			t.scopeTypes = append(t.scopeTypes, tn)
		}
	}
	var files []*token.File
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			files = append(files, tf)
		}
	}
	t.res = posn.NewResolver(pass.Fset, files)
	return t
}

// IsScope reports whether t is one of the dogma scope interfaces that
// summaries follow (or, where they are generic over the root, an instance
// of one).
func (t *Table) IsScope(typ types.Type) bool {
	n, ok := types.Unalias(typ).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	for _, s := range t.scopeTypes {
		if obj == s {
			return true
		}
	}
	return false
}

// canEnd reports whether typ is a process scope, which has End().
func (t *Table) canEnd(typ types.Type) bool {
	n, ok := types.Unalias(typ).(*types.Named)
	return ok && n.Obj().Pkg() == t.api.Pkg && strings.HasPrefix(n.Obj().Name(), "Process")
}

func (t *Table) hasScopeParam(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if t.IsScope(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// Local reports whether pos lies in a file of the package under analysis.
func (t *Table) Local(pos token.Pos) bool { return t.res.InLocal(pos) }

// Func returns the summary of fn, or nil when fn has none: it takes no
// scope, or it is declared in another package that exported no fact for it.
func (t *Table) Func(fn *types.Func) *Summary {
	if t == nil || fn == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	s, _ := t.summary(fn.Origin())
	return s
}

// Method returns the summary of the method or function that fd declares.
func (t *Table) Method(fd *ast.FuncDecl) *Summary {
	if t == nil {
		return nil
	}
	fn, _ := t.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	return t.Func(fn)
}

// noCycle is the depth reported by a summary that depends on no function
// still being summarized.
const noCycle = math.MaxInt

// summary returns fn's summary, and the least depth of the functions being
// summarized (further up the call chain) that it reached: those have no
// summary yet, so a result that depends on one is incomplete and is not
// cached until the cycle closes, at the function of that depth.
// t.mu is held.
func (t *Table) summary(fn *types.Func) (s *Summary, low int) {
	if s, ok := t.summaries[fn]; ok {
		return s, noCycle
	}
	if d, ok := t.active[fn]; ok {
		return nil, d
	}
	if fn.Pkg() != t.pass.Pkg {
		var f Fact
		if fn.Pkg() != nil && t.pass.ImportObjectFact(fn, &f) {
			unpacked := posn.Unpack(f.Summary, f.Files)
			s = &unpacked
			t.resolve(s)
		}
		t.summaries[fn] = s
		return s, noCycle
	}
	fd := t.decl(fn)
	if fd == nil || fd.Body == nil || !t.hasScopeParam(fn.Signature()) {
		t.summaries[fn] = nil
		return nil, noCycle
	}
	depth := len(t.active)
	t.active[fn] = depth
	low = noCycle
	s = &Summary{}
	ps := params(t.pass.TypesInfo, fd)
	for i, v := range ps {
		if !t.IsScope(fn.Signature().Params().At(i).Type()) {
			continue
		}
		if v == nil {
			// An unnamed or blank scope parameter cannot be used.
			s.Params = append(s.Params, Param{Index: i, Complete: true})
			continue
		}
		p, l := t.body(fd.Body, v, ps)
		p.Index = i
		low = min(low, l)
		s.Params = append(s.Params, p)
	}
	delete(t.active, fn)
	if low >= depth {
		// No cycle, or one that closes here: final.
		t.summaries[fn] = s
		low = noCycle
	}
	return s, low
}

// closure returns the summary of what a function literal does with scope,
// a variable it captures.
func (t *Table) closure(lit *ast.FuncLit, scope *types.Var) (*Param, int) {
	k := closureKey{lit, scope}
	if p, ok := t.closures[k]; ok {
		return p, noCycle
	}
	p, low := t.body(lit.Body, scope, nil)
	if low == noCycle {
		t.closures[k] = &p
	}
	return &p, low
}

func (t *Table) decl(fn *types.Func) *ast.FuncDecl {
	if t.decls == nil {
		t.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range t.pass.Files {
			for _, decl := range f.Decls {
				if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
					if fn, ok := t.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						t.decls[fn] = fd
					}
				}
			}
		}
	}
	return t.decls[fn]
}

// mayReturn reports whether call may return to its caller; a path through
// one that does not (a panic, os.Exit, a helper that always panics) ends
// there.
func (t *Table) mayReturn(call *ast.CallExpr) bool {
	if t.noReturn == nil {
		t.decl(nil) // builds decls
		t.noReturn = noreturn.New(t.pass.TypesInfo, t.decls)
	}
	return t.noReturn.MayReturn(call)
}

// params returns the objects of fd's parameters in order; nil for an
// unnamed or blank one.
func params(info *types.Info, fd *ast.FuncDecl) []*types.Var {
	var out []*types.Var
	for _, f := range fd.Type.Params.List {
		if len(f.Names) == 0 {
			out = append(out, nil)
			continue
		}
		for _, name := range f.Names {
			v, _ := info.Defs[name].(*types.Var)
			if name.Name == "_" {
				v = nil
			}
			out = append(out, v)
		}
	}
	return out
}
