package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
)

// A configure-forwarding adaptor wraps a handler in a value whose Configure
// is the wrapped handler's (see ForwarderFact). The function building it is
// summarised once, by the package declaring it, and the summary travels as
// a fact; at a registration of its result, the handler registered is the
// argument it forwards to, followed as any registered value is.

// forwarder is the memoised summary of one function of the package.
type forwarder struct {
	param int
	ok    bool
}

// forwarderParam returns the parameter whose handler fn's result forwards
// Configure to.
func (x *extractor) forwarderParam(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	fn = fn.Origin()
	if fn.Pkg() != x.pass.Pkg {
		var fact ForwarderFact
		if x.pass.ImportObjectFact(fn, &fact) {
			return fact.Param, true
		}
		return 0, false
	}
	if r, ok := x.forwarders[fn]; ok {
		return r.param, r.ok
	}
	// A recursive call is not followed: mark it while summarising.
	x.forwarders[fn] = forwarder{}
	k, ok := x.summarizeForwarder(fn)
	x.forwarders[fn] = forwarder{k, ok}
	return k, ok
}

// summarizeForwarder checks that every return of fn forwards to one and
// the same parameter, which fn never reassigns.
func (x *extractor) summarizeForwarder(fn *types.Func) (int, bool) {
	decl := x.decls[fn]
	if decl == nil || decl.Body == nil || decl.Recv != nil || decl.Type.TypeParams != nil {
		return 0, false
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 {
		return 0, false
	}
	k := -1
	ok := eachResult(decl.Body, func(e ast.Expr) bool {
		p, good := x.forwardedParam(sig, e)
		if !good || (k >= 0 && p != k) {
			return false
		}
		k = p
		return true
	})
	if !ok || k < 0 {
		return 0, false
	}
	if p := sig.Params().At(k); x.isReassigned(p) || (sig.Variadic() && k == sig.Params().Len()-1) {
		return 0, false
	}
	return k, true
}

// forwardedParam returns the parameter of sig that the returned value e
// forwards Configure to: a literal of a forwarding type whose forwarded
// field is the parameter, a call of a forwarding function given the
// parameter, or the parameter itself.
func (x *extractor) forwardedParam(sig *types.Signature, e ast.Expr) (int, bool) {
	e = ast.Unparen(e)
	switch v := e.(type) {
	case *ast.Ident:
		return paramIndex(x.info, sig, v)
	case *ast.UnaryExpr:
		lit, ok := ast.Unparen(v.X).(*ast.CompositeLit)
		if v.Op != token.AND || !ok {
			return 0, false
		}
		return x.literalForward(x.typeOf(e), lit, sig)
	case *ast.CompositeLit:
		return x.literalForward(x.typeOf(e), v, sig)
	case *ast.CallExpr:
		fn, recv := x.staticCallee(v)
		if fn == nil || recv != nil {
			return 0, false
		}
		k, ok := x.forwarderParam(fn)
		if !ok || k >= len(v.Args) || (v.Ellipsis.IsValid() && k == len(v.Args)-1) {
			return 0, false
		}
		id, ok := ast.Unparen(v.Args[k]).(*ast.Ident)
		if !ok {
			return 0, false
		}
		return paramIndex(x.info, sig, id)
	}
	return 0, false
}

// literalForward returns the parameter that a literal of type t sets the
// field its Configure forwards to.
func (x *extractor) literalForward(t types.Type, lit *ast.CompositeLit, sig *types.Signature) (int, bool) {
	if t == nil || typeparams.In(t) {
		return 0, false
	}
	field, ok := x.forwardField(t)
	if !ok {
		return 0, false
	}
	lt := x.typeOf(lit)
	if lt == nil {
		return 0, false
	}
	st, ok := lt.Underlying().(*types.Struct)
	if !ok || field >= st.NumFields() {
		return 0, false
	}
	for i, el := range lit.Elts {
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			key, ok := kv.Key.(*ast.Ident)
			if !ok || key.Name != st.Field(field).Name() {
				continue
			}
			val = kv.Value
		} else if i != field {
			continue
		}
		id, ok := ast.Unparen(val).(*ast.Ident)
		if !ok {
			return 0, false
		}
		return paramIndex(x.info, sig, id)
	}
	return 0, false
}

// forwardField returns the index of the field of struct type t (or of the
// struct a pointer t points to) whose Configure the Configure method of t
// only calls: a handler Configure promoted from an embedded field, or a
// method of the package whose body is recv.F.Configure(c).
func (x *extractor) forwardField(t types.Type) (int, bool) {
	obj, index, _ := types.LookupFieldOrMethod(t, true, nil, "Configure")
	fn, ok := obj.(*types.Func)
	if !ok {
		return 0, false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 0 || sig.Variadic() {
		return 0, false
	}
	if e, _ := x.api.ConfigurerKind(sig.Params().At(0).Type()); e != dogmaapi.HandlerEntity {
		return 0, false
	}
	switch len(index) {
	case 2:
		// Promoted from the embedded field index[0], whose own method it is.
		return index[0], true
	case 1:
		return x.forwardingBody(fn)
	}
	return 0, false
}

// forwardingBody returns the receiver field a Configure method of the
// package forwards to when its body is only recv.F.Configure(c).
func (x *extractor) forwardingBody(fn *types.Func) (int, bool) {
	decl := x.decls[fn.Origin()]
	if decl == nil || decl.Body == nil || len(decl.Body.List) != 1 {
		return 0, false
	}
	stmt, ok := decl.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return 0, false
	}
	call, ok := ast.Unparen(stmt.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return 0, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Configure" {
		return 0, false
	}
	sig := fn.Signature()
	arg, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok || x.info.Uses[arg] != sig.Params().At(0) || sig.Params().At(0).Name() == "_" {
		return 0, false
	}
	fieldSel, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	recv, ok := ast.Unparen(fieldSel.X).(*ast.Ident)
	if !ok || sig.Recv() == nil || x.info.Uses[recv] != sig.Recv() {
		return 0, false
	}
	s, ok := x.info.Selections[fieldSel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return 0, false
	}
	if m, ok := x.info.Selections[sel]; !ok || m.Kind() != types.MethodVal {
		return 0, false
	}
	return s.Index()[0], true
}

func paramIndex(info *types.Info, sig *types.Signature, id *ast.Ident) (int, bool) {
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return 0, false
	}
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i, true
		}
	}
	return 0, false
}

// forwardedHandler returns the handler a registered expression e stands
// for when e is the result of forwarding functions: the argument the
// innermost one forwards to.
func (x *extractor) forwardedHandler(e ast.Expr) (ast.Expr, bool) {
	found := false
	for range maxViaDepth {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		fn, recv := x.staticCallee(call)
		if fn == nil || recv != nil {
			break
		}
		k, ok := x.forwarderParam(fn)
		if !ok || k >= len(call.Args) || (call.Ellipsis.IsValid() && k == len(call.Args)-1) {
			break
		}
		e, found = call.Args[k], true
	}
	return e, found
}

// forwardedRegistration resolves a registered adaptor to the handler it
// forwards to. A nil handler inside an adaptor is not followed: the
// adaptor itself is not nil, so the registration does not fail as a nil
// handler does.
func (x *extractor) forwardedRegistration(f *frame, e ast.Expr) (registrationInfo, bool) {
	inner, ok := x.forwardedHandler(e)
	if !ok {
		return registrationInfo{}, false
	}
	reg, ok := x.registration(f, inner)
	if !ok || reg.summary == nil {
		return registrationInfo{}, false
	}
	return reg, true
}

// isForwarderCandidate reports whether fn may get a ForwarderFact: its one
// result has a Configure method.
func isForwarderCandidate(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Results().Len() != 1 || sig.Params().Len() == 0 {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, nil, "Configure")
	_, ok := obj.(*types.Func)
	return ok
}
