package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// Registry is the message type registry a package sees, for the checks of
// configcheck: the package's RegistryFact with what the fact cannot carry.
type Registry struct {
	Fact *RegistryFact

	// Own[i] reports whether this package makes Fact.Registrations[i].
	Own []bool

	// Through[i] lists the direct imports, by path and in import-path
	// order, whose facts hold Fact.Registrations[i]; nil for Own ones.
	Through [][]string

	// Pos and IDPos are the positions of each registration in this pass's
	// file set, token.NoPos where the file is not in it (under go vet, every
	// other package's).
	Pos, IDPos []token.Pos
}

// Model returns the registry in validate's model, complete when no
// registration of the closure was left unfollowed.
func (r *Registry) Model() *validate.Registry {
	g := &validate.Registry{Complete: !r.Fact.Incomplete, Keys: r.Fact.Keys, Deadlines: r.Fact.Deadlines}
	for i := range r.Fact.Registrations {
		g.Registrations = append(g.Registrations, r.Fact.Registrations[i].Model(r.Pos[i], r.IDPos[i]))
	}
	return g
}

// Model returns the registration in validate's model, at the positions
// given.
func (s *MessageRegistrationSummary) Model(pos, idPos token.Pos) validate.MessageRegistration {
	t := s.Type
	return validate.MessageRegistration{
		Kind: s.Kind, Func: s.Func, Type: &t, ID: s.ID, IDKnown: s.IDKnown, Pos: pos, IDPos: idPos,
	}
}

// collectRegistry merges the RegistryFacts of the package's direct imports
// with the registrations the package makes, exports the result when it is
// not empty, and returns it: nil when it is empty and the package's dogma,
// if any, has no registry (an empty registry of a dogma that has one is
// returned, as every route then names an unregistered type). api is nil for a package that
// does not depend on dogma, which registers nothing but may pass facts on.
//
// x is the package's extractor, whose declarations, value index and
// never-returns oracle the collection shares; nil when api is.
func collectRegistry(pass *analysis.Pass, api *dogmaapi.API, res *posn.Resolver, x *extractor) *Registry {
	r := &Registry{Fact: &RegistryFact{}}
	seen := map[registrationKey]int{}
	imports := append([]*types.Package(nil), pass.Pkg.Imports()...)
	sort.Slice(imports, func(i, j int) bool { return imports[i].Path() < imports[j].Path() })
	for _, imp := range imports {
		var f RegistryFact
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		r.Fact.Incomplete = r.Fact.Incomplete || f.Incomplete
		if len(f.Registrations) > 0 {
			r.Fact.Keys, r.Fact.Deadlines = f.Keys, f.Deadlines
		}
		for _, s := range f.Registrations {
			k := keyOf(&s)
			if i, dup := seen[k]; dup {
				r.Through[i] = append(r.Through[i], imp.Path())
				continue
			}
			seen[k] = len(r.Fact.Registrations)
			r.Fact.Registrations = append(r.Fact.Registrations, s)
			r.Own = append(r.Own, false)
			r.Through = append(r.Through, []string{imp.Path()})
			r.Pos = append(r.Pos, res.Pos(s.Pos))
			r.IDPos = append(r.IDPos, res.Pos(s.IDPos))
		}
	}
	if api != nil && api.Registry {
		c := &registryCollector{pass: pass, api: api, x: x}
		own, complete := c.collect()
		if !complete {
			r.Fact.Incomplete = true
		}
		r.Fact.Keys = validate.KeyRules{CaseInsensitive: api.Keys.CaseInsensitive, NilRejected: api.Keys.NilRejected}
		r.Fact.Deadlines = api.Deadlines
		for _, o := range own {
			r.Fact.Registrations = append(r.Fact.Registrations, o.summary)
			r.Own = append(r.Own, true)
			r.Through = append(r.Through, nil)
			r.Pos = append(r.Pos, o.pos)
			r.IDPos = append(r.IDPos, o.idPos)
		}
	}
	if len(r.Fact.Registrations) > 0 || r.Fact.Incomplete {
		pass.ExportPackageFact(r.Fact)
	} else if api == nil || !api.Registry {
		return nil
	}
	return r
}

// registrationKey identifies a registration reached through several
// imports.
type registrationKey struct {
	pkg, file, typ string
	offset         int
}

func keyOf(s *MessageRegistrationSummary) registrationKey {
	return registrationKey{s.Pkg, s.Pos.File, s.Type.Name, s.Pos.Offset}
}

// registryCollector finds the registrations one package makes.
type registryCollector struct {
	pass *analysis.Pass
	api  *dogmaapi.API
	x    *extractor
	nr   *noreturn.Oracle
	ev   *values.Evaluator

	// decls are the package's function declarations, and uses counts the
	// references to each (see startupHelper).
	decls map[*types.Func]*ast.FuncDecl
	uses  map[*types.Func]int
	// following holds the helpers being followed, against recursion.
	following map[*types.Func]bool
}

type ownRegistration struct {
	summary    MessageRegistrationSummary
	pos, idPos token.Pos
}

// collect returns the registrations the package certainly makes at
// start-up, and whether every use of a registry function is one of them.
//
// A registration is certain when it is a statement of an init function
// that runs on every path through it (no earlier statement may return, and
// none never returns), or the value of a package-level variable; a function
// of the package called only once, from such a place, runs its statements
// as an init function does (see startupHelper). Every other
// use of a registry function (in a branch, a loop, a closure, a deferred
// call, another function, a generic helper, as a function value) might
// register a type dogmavet cannot name, and makes the registry incomplete;
// so does a certain call whose type argument or ID cannot be evaluated.
func (c *registryCollector) collect() ([]ownRegistration, bool) {
	info := c.pass.TypesInfo
	c.nr = c.x.oracle()
	decls := c.x.decls
	c.decls, c.uses, c.following = decls, map[*types.Func]int{}, map[*types.Func]bool{}
	for _, obj := range info.Uses {
		if fn, ok := obj.(*types.Func); ok && decls[fn] != nil {
			c.uses[fn]++
		}
	}
	c.ev = &values.Evaluator{Info: info, Index: c.x.vals}

	// Package-level variables are initialised before any init function
	// runs.
	var certain, inits []*ast.CallExpr
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.Name == "init" && d.Body != nil {
					inits = append(inits, c.initCalls(d.Body)...)
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, spec := range d.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok {
						continue
					}
					for _, v := range vs.Values {
						call, ok := ast.Unparen(v).(*ast.CallExpr)
						if !ok {
							continue
						}
						if c.registryCallee(call) != nil {
							certain = append(certain, call)
						} else if fn, body := c.startupHelper(call); body != nil {
							certain = append(certain, c.helperCalls(fn, body)...)
						}
					}
				}
			}
		}
	}

	certain = append(certain, inits...)
	complete := true
	callees := map[*ast.Ident]bool{}
	var own []ownRegistration
	for _, call := range certain {
		id := c.registryCallee(call)
		callees[id] = true
		o, ok := c.registration(call, id)
		if !ok {
			complete = false
			continue
		}
		own = append(own, o)
	}
	// Every other use of a registry function is one dogmavet does not
	// follow.
	for id, obj := range info.Uses {
		if callees[id] {
			continue
		}
		if fn, ok := obj.(*types.Func); ok {
			if _, ok := c.api.RegistryFunc(fn); ok {
				complete = false
				break
			}
		}
	}
	return own, complete
}

// initCalls returns the registry calls among the statements of an init
// function's body that run on every path through it.
func (c *registryCollector) initCalls(body *ast.BlockStmt) []*ast.CallExpr {
	if hasJumps(body) {
		// A label or goto may run a statement twice or skip it.
		return nil
	}
	var calls []*ast.CallExpr
	for _, st := range body.List {
		es, ok := st.(*ast.ExprStmt)
		if ok {
			if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok {
				if c.registryCallee(call) != nil {
					calls = append(calls, call)
					continue
				}
				if fn, body := c.startupHelper(call); body != nil {
					calls = append(calls, c.helperCalls(fn, body)...)
				}
				if !c.nr.MayReturn(call) {
					break
				}
			}
		}
		if mayReturn(st) {
			break
		}
	}
	return calls
}

// startupHelper returns a function of the package that call calls, and its
// body, when call is the function's only use: the function then runs once,
// where call runs, as in var _ = registerAll() or a helper called from init.
// It returns nil for any other call: a function used elsewhere may run more
// than once, or at any time.
func (c *registryCollector) startupHelper(call *ast.CallExpr) (*types.Func, *ast.BlockStmt) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || c.uses[fn] != 1 || c.following[fn] || fn.Signature().TypeParams().Len() > 0 {
		return nil, nil
	}
	d := c.decls[fn]
	if d == nil || d.Body == nil || d.Recv != nil {
		return nil, nil
	}
	return fn, d.Body
}

// helperCalls returns the registry calls of a startup helper's body that
// run on every path through it, as initCalls does for an init function.
func (c *registryCollector) helperCalls(fn *types.Func, body *ast.BlockStmt) []*ast.CallExpr {
	c.following[fn] = true
	defer delete(c.following, fn)
	return c.initCalls(body)
}

// registryCallee returns the identifier naming the registry function call
// calls, or nil when it calls something else.
func (c *registryCollector) registryCallee(call *ast.CallExpr) *ast.Ident {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok {
		return nil
	}
	if _, ok := c.api.RegistryFunc(fn); !ok {
		return nil
	}
	return id
}

// registration describes a certain registry call; ok is false when its type
// argument or ID cannot be evaluated.
func (c *registryCollector) registration(call *ast.CallExpr, id *ast.Ident) (ownRegistration, bool) {
	fn, _ := c.pass.TypesInfo.Uses[id].(*types.Func)
	kind, _ := c.api.RegistryFunc(fn)
	inst, ok := c.pass.TypesInfo.Instances[id]
	if !ok || inst.TypeArgs == nil || inst.TypeArgs.Len() == 0 || len(call.Args) == 0 {
		return ownRegistration{}, false
	}
	t := inst.TypeArgs.At(0)
	if typeparams.In(t) || t == types.Typ[types.Invalid] {
		return ownRegistration{}, false
	}
	idArg := call.Args[0]
	val, known := c.ev.Eval(idArg).String()
	if !known {
		return ownRegistration{}, false
	}
	fset := c.pass.Fset
	return ownRegistration{
		summary: MessageRegistrationSummary{
			Pkg:     c.pass.Pkg.Path(),
			Kind:    kind,
			Func:    fn.Name(),
			Type:    *c.api.MessageType(t),
			ID:      val,
			IDKnown: true,
			Pos:     posn.Of(fset, call.Pos()),
			IDPos:   posn.Of(fset, idArg.Pos()),
		},
		pos:   call.Pos(),
		idPos: idArg.Pos(),
	}, true
}

// hasJumps reports whether body holds a labelled statement or a goto
// outside function literals.
func hasJumps(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.LabeledStmt:
			found = true
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				found = true
			}
		}
		return !found
	})
	return found
}

// mayReturn reports whether st holds a return statement outside function
// literals, so that the statements after it may not run.
func mayReturn(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}
