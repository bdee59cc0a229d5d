package dogmaconfig

import (
	"go/ast"
	"go/types"
)

// From dogma v0.16.0 an application registers its handlers with
//
//	c.Routes(dogma.ViaAggregate(h), dogma.ViaProjection(p, opts...))
//
// Each Via call is one registration, made the way RegisterX makes it (see
// register). A Via call is followed directly, through a slice literal
// spread into Routes, through a local variable that keeps its definition,
// or through a function of the package whose body is one return of such a
// value. Any other argument (a field, a parameter, a dynamic call) makes
// the registrations incomplete.

// maxViaDepth bounds the variables and constructors followed to reach a
// Via call.
const maxViaDepth = 8

// appRoutes records the registrations of an application's Routes call.
func (x *extractor) appRoutes(f *frame, call *ast.CallExpr, cond bool) {
	args := call.Args
	var spread ast.Expr
	if call.Ellipsis.IsValid() && len(args) > 0 {
		spread = args[len(args)-1]
		args = args[:len(args)-1]
	}
	for _, a := range args {
		x.handlerRoute(f, a, 0, cond)
	}
	if spread != nil {
		x.handlerRouteSlice(f, spread, 0, cond)
	}
}

// handlerRoute records the registration that the handler route e makes.
func (x *extractor) handlerRoute(f *frame, e ast.Expr, depth int, cond bool) {
	e = ast.Unparen(e)
	if depth < maxViaDepth {
		switch e := e.(type) {
		case *ast.CallExpr:
			fn, _ := x.staticCallee(e)
			if kind, ok := x.api.ViaFunc(fn); ok {
				if len(e.Args) < 1 || (e.Ellipsis.IsValid() && len(e.Args) == 1) {
					break
				}
				x.register(f, kind, fn.Name(), e, e.Args[0], cond)
				return
			}
			if ret, g := x.viaConstructor(f, e); ret != nil {
				x.handlerRoute(g, ret, depth+1, cond)
				return
			}
		case *ast.Ident:
			if def, ok := x.localDefinition(e); ok {
				x.handlerRoute(f, def, depth+1, cond)
				return
			}
		}
	}
	f.eff.application.RegistrationsComplete = false
}

// handlerRouteSlice records the registrations of a handler route slice
// spread into Routes.
func (x *extractor) handlerRouteSlice(f *frame, e ast.Expr, depth int, cond bool) {
	e = ast.Unparen(e)
	if tv, ok := x.info.Types[e]; ok && tv.IsNil() {
		return
	}
	if depth < maxViaDepth {
		switch e := e.(type) {
		case *ast.CompositeLit:
			if t := x.typeOf(e); t != nil && isSlice(t) && !hasKeys(e) {
				for _, el := range e.Elts {
					x.handlerRoute(f, el, depth+1, cond)
				}
				return
			}
		case *ast.Ident:
			if def, ok := x.localDefinition(e); ok {
				x.handlerRouteSlice(f, def, depth+1, cond)
				return
			}
		}
	}
	f.eff.application.RegistrationsComplete = false
}

func isSlice(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

func hasKeys(lit *ast.CompositeLit) bool {
	for _, el := range lit.Elts {
		if _, ok := el.(*ast.KeyValueExpr); ok {
			return true
		}
	}
	return false
}

// localDefinition returns the expression defining the local variable id
// uses, where the variable keeps it everywhere.
func (x *extractor) localDefinition(id *ast.Ident) (ast.Expr, bool) {
	v, ok := x.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	return x.vals.Definition(v)
}

// viaConstructor returns the expression returned by a function of the
// package without parameters whose body is that one return, with the frame
// to evaluate it in.
func (x *extractor) viaConstructor(f *frame, call *ast.CallExpr) (ast.Expr, *frame) {
	fn, recv := x.staticCallee(call)
	if fn == nil || recv != nil || len(call.Args) != 0 || f.depth >= maxDepth || f.onStack(fn.Origin()) {
		return nil, nil
	}
	decl := x.decls[fn.Origin()]
	if decl == nil || decl.Body == nil || decl.Recv != nil || decl.Type.TypeParams != nil || len(decl.Body.List) != 1 {
		return nil, nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || fn.Signature().Params().Len() != 0 {
		return nil, nil
	}
	g := x.newHelperFrame(f.eff, fn.Origin())
	g.parent, g.depth = f, f.depth+1
	return ret.Results[0], g
}

// registrationArgs returns the expressions an application's Routes call
// reads handler values from, for scanning as RegisterX arguments are
// scanned (see literalFields): the handler argument of each Via call, and
// every other argument as it is.
func (x *extractor) registrationArgs(args []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, a := range args {
		if call, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			fn, _ := x.staticCallee(call)
			if _, ok := x.api.ViaFunc(fn); ok && len(call.Args) > 0 {
				out = append(out, literalFields(call.Args[:1])...)
				out = append(out, call.Args[1:]...)
				continue
			}
		}
		out = append(out, a)
	}
	return out
}
