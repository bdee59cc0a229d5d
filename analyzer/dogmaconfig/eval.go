package dogmaconfig

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
	"github.com/dogmavet/dogmavet/validate"
)

// value is the known value of a local route or route-slice variable.
type value struct {
	routes []routeValue // the elements of a slice, or the one route
}

// routeValue is one route whose kind and type are known.
type routeValue struct {
	sum RouteSummary
	typ types.Type // go/types message type; nil when not a concrete type
}

// trackable reports whether extraction follows the value of local v.
func (x *extractor) trackable(v *types.Var) bool {
	if v.IsField() || v.Pkg() != x.pass.Pkg || v.Parent() == x.pass.Pkg.Scope() || x.isEscaped(v) {
		return false
	}
	return x.api.IsRouteValueType(v.Type()) || x.api.IsRouteSliceType(v.Type())
}

func (x *extractor) zeroValue(t types.Type) value {
	if x.api.IsRouteSliceType(t) {
		return value{}
	}
	if k, ok := x.api.RouteStruct(t); ok {
		return value{routes: []routeValue{{sum: RouteSummary{Kind: k, Literal: true}}}}
	}
	return value{routes: []routeValue{{sum: RouteSummary{Invalid: "<nil>"}}}}
}

// evalValue evaluates e as a value of type t (a route or a route slice).
func (x *extractor) evalValue(f *frame, t types.Type, e ast.Expr) (value, bool) {
	if x.api.IsRouteSliceType(t) {
		rs, ok := x.evalSlice(f, e)
		return value{routes: rs}, ok
	}
	r, ok := x.evalRoute(f, e)
	return value{routes: []routeValue{r}}, ok
}

// evaluator returns the value evaluator of frame f: parameters bound to
// constant arguments, and receivers bound to the registered handler value
// (see registered.go), are known in it.
func (x *extractor) evaluator(f *frame) *values.Evaluator {
	return &values.Evaluator{
		Info:  x.info,
		Index: x.vals,
		Decls: x.decls,
		Bound: func(v *types.Var) (values.Value, bool) {
			if s, ok := f.consts[v]; ok {
				return values.Value{Kind: values.Const, Const: constant.MakeString(s)}, true
			}
			if f.eff == nil {
				return values.Value{}, false // a frame of the path analysis binds no receiver
			}
			val, ok := f.eff.bound[v]
			return val, ok
		},
	}
}

// evalString evaluates e to a constant string.
func (x *extractor) evalString(f *frame, e ast.Expr) (string, bool) {
	return x.evaluator(f).Eval(e).String()
}

// evalBool evaluates e to a constant bool, such as a field of the
// registered handler value.
func (x *extractor) evalBool(f *frame, e ast.Expr) (bool, bool) {
	return x.evaluator(f).Eval(e).Bool()
}

// evalSlice evaluates e to a list of routes.
func (x *extractor) evalSlice(f *frame, e ast.Expr) ([]routeValue, bool) {
	e = ast.Unparen(e)
	if tv, ok := x.info.Types[e]; ok && tv.IsNil() {
		return nil, true
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		t := x.typeOf(e)
		if t == nil {
			return nil, false
		}
		if _, ok := types.Unalias(t).Underlying().(*types.Slice); !ok {
			return nil, false
		}
		var out []routeValue
		for _, el := range e.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return nil, false
			}
			r, ok := x.evalRoute(f, el)
			if !ok {
				return nil, false
			}
			out = append(out, r)
		}
		return out, true
	case *ast.Ident:
		if v, ok := x.info.Uses[e].(*types.Var); ok {
			if val, ok := f.env[v]; ok {
				return val.routes, true
			}
			return x.evalGlobal(f, v)
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := x.info.Uses[id].(*types.Builtin); ok {
				if b.Name() != "append" || len(e.Args) == 0 {
					return nil, false
				}
				base, ok := x.evalSlice(f, e.Args[0])
				if !ok {
					return nil, false
				}
				out := append([]routeValue(nil), base...)
				if e.Ellipsis.IsValid() {
					if len(e.Args) != 2 {
						return nil, false
					}
					more, ok := x.evalSlice(f, e.Args[1])
					return append(out, more...), ok
				}
				for _, a := range e.Args[1:] {
					r, ok := x.evalRoute(f, a)
					if !ok {
						return nil, false
					}
					out = append(out, r)
				}
				return out, true
			}
		}
		return x.evalConstructor(f, e)
	case *ast.SelectorExpr:
		return x.evalFieldSlice(f, e)
	}
	return nil, false
}

// evalConstructor evaluates a call of a function of this package that
// builds and returns a route slice: a body of simple statements ending in
// the only return.
func (x *extractor) evalConstructor(f *frame, call *ast.CallExpr) ([]routeValue, bool) {
	fn, recv := x.staticCallee(call)
	if fn == nil || recv != nil || f.depth >= maxDepth || f.onStack(fn.Origin()) {
		return nil, false
	}
	decl := x.decls[fn.Origin()]
	if decl == nil && len(call.Args) == 0 {
		return x.foreignRouteSlice(fn)
	}
	if decl == nil || decl.Body == nil || len(decl.Body.List) == 0 {
		return nil, false
	}
	sig := fn.Origin().Type().(*types.Signature)
	if sig.Results().Len() != 1 || sig.TypeParams().Len() > 0 {
		return nil, false
	}
	list := decl.Body.List
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
	// Its routes never depend on the configurer, so its effects go nowhere.
	g := &frame{
		eff:         newEffects(false, nil),
		fn:          fn.Origin(),
		parent:      f,
		depth:       f.depth + 1,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
	for i, a := range call.Args {
		if i < sig.Params().Len() {
			p := sig.Params().At(i)
			if s, ok := x.evalString(f, a); ok && !x.isReassigned(p) && !x.isEscaped(p) {
				g.consts[p] = s
			}
		}
	}
	x.stmts(g, list[:len(list)-1], false)
	if g.dead || g.exited {
		return nil, false
	}
	return x.evalSlice(g, ret.Results[0])
}

// evalRoute evaluates e to one route.
func (x *extractor) evalRoute(f *frame, e ast.Expr) (routeValue, bool) {
	e = ast.Unparen(e)
	pos := x.posn(e.Pos())
	if tv, ok := x.info.Types[e]; ok && tv.IsNil() {
		return routeValue{sum: RouteSummary{Invalid: "<nil>", Pos: pos}}, true
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		fn, _ := x.staticCallee(e)
		if k, ok := x.api.RouteFunc(fn); ok {
			inst, ok := x.info.Instances[calleeIdent(e.Fun)]
			if !ok || inst.TypeArgs.Len() != 1 {
				return routeValue{}, false
			}
			return x.routeOfType(f, k, inst.TypeArgs.At(0), false, pos)
		}
	case *ast.CompositeLit:
		if k, ok := x.api.RouteStruct(x.typeOf(e)); ok {
			return x.evalRouteLiteral(f, k, e, pos)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if _, ok := x.api.RouteStruct(x.typeOf(e.X)); ok {
				// A pointer to a route struct is not a route the engine
				// accepts.
				return routeValue{sum: RouteSummary{Invalid: dogmaapi.Display(x.typeOf(e)), Pos: pos}}, true
			}
		}
	case *ast.Ident:
		if v, ok := x.info.Uses[e].(*types.Var); ok {
			if val, ok := f.env[v]; ok && len(val.routes) == 1 {
				r := val.routes[0]
				return r, true
			}
		}
	}
	// A value of a concrete type other than dogma's route structs cannot be
	// a route the engine accepts, whatever the expression.
	if t := x.typeOf(e); t != nil && !types.IsInterface(t) && !typeparams.In(t) {
		if _, ok := x.api.RouteStruct(t); !ok {
			if _, ok := types.Unalias(t).(*types.Basic); !ok {
				return routeValue{sum: RouteSummary{Invalid: dogmaapi.Display(t), Pos: pos}}, true
			}
		}
	}
	return routeValue{}, false
}

// evalRouteLiteral evaluates a route struct literal such as
// dogma.HandlesCommandRoute{Type: reflect.TypeOf(T{})}.
func (x *extractor) evalRouteLiteral(f *frame, k validate.RouteKind, lit *ast.CompositeLit, pos Posn) (routeValue, bool) {
	var typeExpr ast.Expr
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Type" {
				typeExpr = kv.Value
			}
			continue
		}
		typeExpr = el
	}
	if typeExpr == nil {
		return routeValue{sum: RouteSummary{Kind: k, Literal: true, Pos: pos}}, true
	}
	t, isNil, ok := x.evalReflectType(f, typeExpr)
	if !ok {
		return routeValue{}, false
	}
	if isNil {
		return routeValue{sum: RouteSummary{Kind: k, Literal: true, Pos: pos}}, true
	}
	return x.routeOfType(f, k, t, true, pos)
}

// evalReflectType evaluates an expression of type reflect.Type to the Go
// type it describes; isNil is true for a nil reflect.Type.
func (x *extractor) evalReflectType(f *frame, e ast.Expr) (t types.Type, isNil, ok bool) {
	e = ast.Unparen(e)
	if tv, ok := x.info.Types[e]; ok && tv.IsNil() {
		return nil, true, true
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil, false, false
	}
	// reflect.TypeOf((*T)(nil)).Elem()
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Elem" && len(call.Args) == 0 {
		if inner, isNil, ok := x.evalReflectType(f, sel.X); ok && !isNil {
			if p, ok := types.Unalias(inner).(*types.Pointer); ok {
				return p.Elem(), false, true
			}
		}
		return nil, false, false
	}
	fn, _ := x.staticCallee(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
		return nil, false, false
	}
	switch fn.Name() {
	case "TypeOf":
		if len(call.Args) != 1 {
			return nil, false, false
		}
		tv, ok := x.info.Types[call.Args[0]]
		if !ok {
			return nil, false, false
		}
		if tv.IsNil() {
			return nil, true, true
		}
		if types.IsInterface(tv.Type) {
			// The dynamic type is not known.
			return nil, false, false
		}
		return tv.Type, false, true
	case "TypeFor":
		inst, ok := x.info.Instances[calleeIdent(call.Fun)]
		if !ok || inst.TypeArgs.Len() != 1 {
			return nil, false, false
		}
		return inst.TypeArgs.At(0), false, true
	}
	return nil, false, false
}

// routeOfType builds a route of kind k for the message type t.
func (x *extractor) routeOfType(f *frame, k validate.RouteKind, t types.Type, literal bool, pos Posn) (routeValue, bool) {
	t = f.substitute(t)
	if t == nil || !validType(t) {
		// Code that does not type-check: the type is unknown.
		return routeValue{}, false
	}
	sum := RouteSummary{Kind: k, Literal: literal, Pos: pos}
	if typeparams.In(t) {
		ptr := false
		elem := types.Unalias(t)
		if p, ok := elem.(*types.Pointer); ok {
			ptr, elem = true, types.Unalias(p.Elem())
		}
		tp, ok := elem.(*types.TypeParam)
		if !ok || !isRecvTypeParam(f.eff.recvTypeParams, tp) {
			return routeValue{}, false
		}
		sum.TypeParam, sum.TypeParamPointer = tp.Index()+1, ptr
		return routeValue{sum: sum}, true
	}
	sum.Type = x.api.MessageType(t)
	return routeValue{sum: sum, typ: t}, true
}

func isRecvTypeParam(list *types.TypeParamList, tp *types.TypeParam) bool {
	for i := 0; list != nil && i < list.Len(); i++ {
		if list.At(i) == tp {
			return true
		}
	}
	return false
}

// validType reports whether t is free of invalid types, which the type
// checker leaves where code does not type-check.
func validType(t types.Type) bool {
	return !strings.Contains(types.TypeString(t, nil), "invalid type")
}
