package dogmaconfig

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
)

// Functions of other packages reach a handler's Configure in two ways: a
// helper that receives the configurer and configures it, and a function
// that builds and returns a route slice. Their package exports what they do
// as facts, so that the Configure methods that call them know it.

// ConfigurerHelperFact is exported on each function with an exported name
// that has one parameter of a handler configurer type: what it does to the
// configurer, as a Configure method calling it on every path would.
// Its other parameters are not known when it is summarized, so an identity
// built from them is unknown.
type ConfigurerHelperFact struct {
	// Param is the index of the configurer parameter.
	Param   int
	Summary HandlerSummary
}

// AFact marks ConfigurerHelperFact as an analysis fact.
func (*ConfigurerHelperFact) AFact() {}

func (f *ConfigurerHelperFact) String() string {
	return "helper param" + strconv.Itoa(f.Param) + " " + f.Summary.String()
}

// RouteSliceFact is exported on each function with an exported name and no
// parameters that returns a route slice extraction can evaluate.
type RouteSliceFact struct {
	Routes []RouteSummary
}

// AFact marks RouteSliceFact as an analysis fact.
func (*RouteSliceFact) AFact() {}

func (f *RouteSliceFact) String() string {
	s := "routes<"
	for i, r := range f.Routes {
		if i > 0 {
			s += " "
		}
		s += r.String()
	}
	return s + ">"
}

// exportable lists the package's functions that get one of the facts
// above: exported, not generic, not methods (which another package reaches
// only through values extraction does not follow).
func (x *extractor) exportable() []*ast.FuncDecl {
	var out []*ast.FuncDecl
	for _, file := range x.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || !fd.Name.IsExported() || fd.Type.TypeParams != nil {
				continue
			}
			fn, ok := x.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if _, ok := x.helperParam(fn); ok || x.isRouteSliceFunc(fn) || isForwarderCandidate(fn) {
				out = append(out, fd)
			}
		}
	}
	return out
}

// helperParam returns the index of fn's only handler configurer parameter.
func (x *extractor) helperParam(fn *types.Func) (int, bool) {
	sig := fn.Signature()
	idx := -1
	for i := range sig.Params().Len() {
		if k, _ := x.api.ConfigurerKind(sig.Params().At(i).Type()); k == dogmaapi.HandlerEntity {
			if idx >= 0 {
				return 0, false
			}
			idx = i
		} else if k != dogmaapi.NotEntity {
			return 0, false
		}
	}
	return idx, idx >= 0 && !sig.Variadic()
}

func (x *extractor) isRouteSliceFunc(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && x.api.IsRouteSliceType(sig.Results().At(0).Type())
}

// exportHelperFacts exports the facts of the package's exportable
// functions.
func (x *extractor) exportHelperFacts(decls []*ast.FuncDecl) {
	for _, fd := range decls {
		fn := x.info.Defs[fd.Name].(*types.Func)
		if i, ok := x.helperParam(fn); ok {
			if s, ok := x.helperSummary(fd, fn, i); ok {
				x.pass.ExportObjectFact(fn, &ConfigurerHelperFact{Param: i, Summary: s})
			}
			continue
		}
		if k, ok := x.forwarderParam(fn); ok && isForwarderCandidate(fn) {
			x.pass.ExportObjectFact(fn, &ForwarderFact{Param: k})
			continue
		}
		if !x.isRouteSliceFunc(fn) {
			continue
		}
		if routes, ok := x.routeSliceOf(fd, fn); ok {
			f := &RouteSliceFact{}
			for _, r := range routes {
				f.Routes = append(f.Routes, r.sum)
			}
			x.pass.ExportObjectFact(fn, f)
		}
	}
}

// helperSummary walks a helper's body with its parameter i as the
// configurer.
func (x *extractor) helperSummary(fd *ast.FuncDecl, fn *types.Func, i int) (HandlerSummary, bool) {
	p := fn.Signature().Params().At(i)
	_, hk := x.api.ConfigurerKind(p.Type())
	eff := newEffects(false, nil)
	eff.handler.Kind = hk
	f := x.newHelperFrame(eff, fn)
	if p.Name() == "" || p.Name() == "_" {
		return HandlerSummary{}, false
	}
	f.configurers[p] = true
	if x.isEscaped(p) || x.isReassigned(p) {
		eff.unknownAll()
	}
	x.walkBody(f, fd.Body)
	return eff.handler, true
}

func (x *extractor) newHelperFrame(eff *effects, fn *types.Func) *frame {
	return &frame{
		eff:         eff,
		fn:          fn,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
}

// routeSliceOf evaluates the route slice a function without parameters
// returns: a body of simple statements ending in the only return, as for
// the package's own route constructors.
func (x *extractor) routeSliceOf(fd *ast.FuncDecl, fn *types.Func) ([]routeValue, bool) {
	list := fd.Body.List
	if len(list) == 0 {
		return nil, false
	}
	ret, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, false
	}
	for _, s := range list[:len(list)-1] {
		switch s.(type) {
		case *ast.AssignStmt, *ast.DeclStmt, *ast.ExprStmt:
		default:
			return nil, false
		}
	}
	g := x.newHelperFrame(newEffects(false, nil), fn)
	x.stmts(g, list[:len(list)-1], false)
	if g.dead || g.exited {
		return nil, false
	}
	routes, ok := x.evalSlice(g, ret.Results[0])
	if !ok {
		return nil, false
	}
	for _, r := range routes {
		if r.sum.TypeParam > 0 {
			return nil, false
		}
	}
	return routes, true
}

// foreignHelper handles a call of a helper of another package that
// receives the configurer, from its fact. It reports whether it handled
// the call.
func (x *extractor) foreignHelper(f *frame, fn *types.Func, call *ast.CallExpr, cond bool) bool {
	if f.eff.app || fn.Pkg() == nil || fn.Pkg() == x.pass.Pkg || call.Ellipsis.IsValid() {
		return false
	}
	var fact ConfigurerHelperFact
	if !x.pass.ImportObjectFact(fn.Origin(), &fact) {
		return false
	}
	sig := fn.Signature()
	if fact.Param >= len(call.Args) || fact.Summary.Kind != f.eff.handler.Kind || len(fact.Summary.Delegates) > 0 {
		return false
	}
	for i, a := range call.Args {
		if x.isConfigurerRef(f, a) != (i == fact.Param) {
			return false
		}
	}
	if !types.Identical(sig.Params().At(fact.Param).Type(), x.typeOf(call.Args[fact.Param])) {
		return false
	}
	s := fact.Summary
	if cond {
		// Made on some paths only: what it configures is partial.
		if len(s.Identities) > 0 || !s.IdentitiesComplete {
			f.eff.unknownMethod("Identity")
		}
		if len(s.Routes) > 0 || !s.RoutesComplete {
			f.eff.unknownMethod("Routes")
		}
		if s.Disabled || !s.DisabledKnown {
			f.eff.unknownMethod("Disable")
		}
		if len(s.DeliveryPolicies) > 0 {
			f.eff.unknownMethod("DeliveryPolicy")
		}
		return true
	}
	f.eff.merge(&s)
	return true
}

// foreignRouteSlice returns the routes a function of another package
// returns, from its fact.
func (x *extractor) foreignRouteSlice(fn *types.Func) ([]routeValue, bool) {
	if fn.Pkg() == nil || fn.Pkg() == x.pass.Pkg {
		return nil, false
	}
	var fact RouteSliceFact
	if !x.pass.ImportObjectFact(fn.Origin(), &fact) {
		return nil, false
	}
	out := make([]routeValue, 0, len(fact.Routes))
	for _, r := range fact.Routes {
		// The message type is described; its go/types type belongs to
		// another package's pass.
		out = append(out, routeValue{sum: r})
	}
	return out, true
}

// ForwarderFact is exported on each function with an exported name whose
// every return is a value whose Configure only calls Configure on the
// handler passed as parameter Param (or is the result of another such
// function given that parameter), as projectionkit's sqlprojection.New:
//
//	func New(db *sql.DB, d Driver, h MessageHandler) dogma.ProjectionMessageHandler {
//		return &adaptor{DB: db, Driver: d, Handler: h}
//	}
//	func (a *adaptor) Configure(c dogma.ProjectionConfigurer) { a.Handler.Configure(c) }
//
// Registering its result registers, as far as configuration goes, the
// handler passed as that parameter (see forwarders.go).
type ForwarderFact struct {
	Param int
}

// AFact marks ForwarderFact as an analysis fact.
func (*ForwarderFact) AFact() {}

func (f *ForwarderFact) String() string {
	return "forwards Configure to param" + strconv.Itoa(f.Param)
}
