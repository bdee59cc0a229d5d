package dogmaconfig

import (
	"go/ast"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// A handler registered as a struct literal, or through a constructor of the
// package whose result is one, has known field values:
//
//	c.RegisterProjection(&Report{Name: "daily", Key: dailyKey})
//
// Inside that handler's Configure, for that registration, h.Name is then
// "daily": its Configure is walked again with the receiver bound to the
// registered value, so that identities, conditions (if h.Broadcast { … })
// and route slices held in fields are followed per registration. A field
// assigned after construction, a value whose address escapes, or a pointer
// copied elsewhere is not known (see values.Index).

// registeredSummary returns the configuration of the handler declared by
// tn for a registered value val whose fields are known, or nil when it is
// no different from the handler's own: the handler is of another package,
// generic, or its Configure never reads its receiver.
func (x *extractor) registeredSummary(tn *types.TypeName, val values.Value, at *frame) *HandlerSummary {
	h := x.local[tn]
	if h == nil || !val.HasFields() || h.Summary.TypeParams > 0 || !declares(val.StructType(), tn) {
		return nil
	}
	fn, ok := x.info.Defs[h.Decl.Name].(*types.Func)
	if !ok {
		return nil
	}
	recv := fn.Signature().Recv()
	if recv == nil || !x.readsReceiver(h.Decl, recv) {
		return nil
	}
	sig := fn.Signature()
	eff := newEffects(false, sig.RecvTypeParams())
	eff.handler.Kind = h.Summary.Kind
	eff.bound = map[*types.Var]values.Value{recv: val}
	eff.registeredIn = at
	f := x.newFrame(eff, h.Decl, fn)
	x.walkBody(f, h.Decl.Body)
	s := eff.handler
	s.GoType = h.Summary.GoType
	s.TypeParams = h.Summary.TypeParams
	s.Pos = h.Summary.Pos
	return &s
}

// readsReceiver reports whether decl's body uses its receiver recv.
func (x *extractor) readsReceiver(decl *ast.FuncDecl, recv *types.Var) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && x.info.Uses[id] == recv {
			found = true
		}
		return !found
	})
	return found
}

// bindReceiver binds the receiver of a method that call calls on a value
// whose fields are known, as in h.routes(c) from Configure.
func (x *extractor) bindReceiver(f *frame, call *ast.CallExpr, decl *ast.FuncDecl, fn *types.Func) {
	if len(f.eff.bound) == 0 || decl.Recv == nil {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	recv := fn.Signature().Recv()
	if recv == nil || recv.Name() == "" || recv.Name() == "_" {
		return
	}
	if val := x.evaluator(f).Eval(sel.X); val.HasFields() {
		f.eff.bound[recv] = val
	}
}

// evalFieldSlice evaluates a route slice held in a field of the registered
// value, as in c.Routes(h.routes...). The field's value is evaluated where
// the handler was built, on its own: a slice literal, a package-level
// slice or a constructor of the package.
func (x *extractor) evalFieldSlice(f *frame, sel *ast.SelectorExpr) ([]routeValue, bool) {
	if len(f.eff.bound) == 0 {
		return nil, false
	}
	expr, _, _, ok := x.evaluator(f).FieldSource(sel)
	if !ok {
		return nil, false
	}
	if expr == nil {
		// The zero value: a nil slice holds no route.
		return nil, true
	}
	if f.depth >= maxDepth {
		return nil, false
	}
	if at := f.eff.registeredIn; at != nil {
		return x.evalSlice(x.sliceFrame(at, expr), expr)
	}
	return x.evalSlice(x.detachedFrame(f), expr)
}

// nilPointerPanics reports whether registering a nil pointer of type t
// certainly panics: its Configure has a value receiver, or is promoted from
// an embedded field, so calling it through the nil pointer dereferences it.
// A pointer-receiver Configure may not dereference its receiver at all.
func nilPointerPanics(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		return false
	}
	obj, index, _ := types.LookupFieldOrMethod(t, true, nil, "Configure")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return false
	}
	if len(index) > 1 {
		// Promoted from an embedded field, which the nil pointer cannot
		// reach.
		return true
	}
	_, ptr := types.Unalias(fn.Signature().Recv().Type()).(*types.Pointer)
	return !ptr
}

// receiverField returns the name of the field of the Configure method's
// receiver that e reads, as in h.Name, when the field's value there is the
// registered value's: e is a direct field of the receiver of Configure
// itself (not of a helper), the receiver keeps its value, and a pointer
// receiver is never copied. It returns "" otherwise, and while if/else
// branches are compared (see sameInBothBranches), whose walks are not
// kept.
func (x *extractor) receiverField(f *frame, e ast.Expr) string {
	if f.parent != nil || f.eff.mergeDepth > 0 || f.fn == nil || f.eff.app {
		return ""
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s, ok := x.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return ""
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return ""
	}
	recv := f.fn.Signature().Recv()
	if recv == nil || x.info.Uses[id] != recv || !x.vals.Fixed(recv) {
		return ""
	}
	if _, ptr := types.Unalias(recv.Type()).(*types.Pointer); ptr && x.vals.BareUses(recv) > 0 {
		return ""
	}
	return s.Obj().Name()
}

// withoutFields returns ids without the receiver fields they read: they
// belong to another handler's receiver.
func withoutFields(ids []IdentitySummary) []IdentitySummary {
	out := make([]IdentitySummary, len(ids))
	for i, id := range ids {
		id.NameField, id.KeyField = "", ""
		out[i] = id
	}
	return out
}

// fieldsSummary returns sum, the configuration of a handler of another
// package, with the identities and route slices its Configure reads from
// receiver fields taken from the registered value val, whose fields are
// known; t is the registered value's type. It returns nil when there is
// nothing to take.
func (x *extractor) fieldsSummary(tn *types.TypeName, sum *HandlerSummary, val values.Value, t types.Type, f *frame) *HandlerSummary {
	if !val.HasFields() || sum.TypeParams > 0 || !declares(t, tn) {
		// A Configure promoted from an embedded field reads that field's
		// fields, not the registered value's.
		return nil
	}
	marked := len(sum.RouteFields) > 0
	for _, id := range sum.Identities {
		if id.NameField != "" || id.KeyField != "" {
			marked = true
		}
	}
	if !marked {
		return nil
	}
	st, ok := structType(t)
	if !ok {
		return nil
	}
	field := func(name string) *types.Var {
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				return st.Field(i)
			}
		}
		return nil
	}
	str := func(name string) (string, bool) {
		fv := field(name)
		if fv == nil {
			return "", false
		}
		expr, env, ok := val.FieldExpr(fv)
		switch {
		case !ok:
			return "", false
		case expr == nil:
			return env.Zero(fv.Type()).String()
		}
		return values.As(env.Eval(expr), fv.Type()).String()
	}
	out := *sum
	out.Identities = withoutFields(sum.Identities)
	for i, id := range sum.Identities {
		if id.NameField != "" {
			out.Identities[i].Name, out.Identities[i].NameKnown = str(id.NameField)
		}
		if id.KeyField != "" {
			out.Identities[i].Key, out.Identities[i].KeyKnown = str(id.KeyField)
		}
	}
	out.RouteFields = nil
	out.Routes = append([]RouteSummary(nil), sum.Routes...)
	for _, rf := range sum.RouteFields {
		fv := field(rf.Field)
		if fv == nil {
			out.RoutesComplete = false
			continue
		}
		expr, _, ok := val.FieldExpr(fv)
		if !ok {
			out.RoutesComplete = false
			continue
		}
		if expr == nil {
			continue // a nil slice holds no route
		}
		rs, ok := x.evalSlice(x.sliceFrame(f, expr), expr)
		if !ok {
			out.RoutesComplete = false
		}
		for _, r := range rs {
			out.Routes = append(out.Routes, r.sum)
		}
	}
	return &out
}

// sliceFrame returns the frame to evaluate a route slice expr that a
// registered value's field holds, at the registration made in frame f: f
// itself for a local variable of f's function that keeps its value (f
// tracks it), a detached frame otherwise.
func (x *extractor) sliceFrame(f *frame, expr ast.Expr) *frame {
	if id, ok := ast.Unparen(expr).(*ast.Ident); ok && f.fn != nil {
		if v, ok := x.info.Uses[id].(*types.Var); ok && x.vals.Fixed(v) {
			if d := x.decls[f.fn]; d != nil && d.Pos() <= v.Pos() && v.Pos() < d.End() {
				return f
			}
		}
	}
	return x.detachedFrame(f)
}

// detachedFrame returns a frame to evaluate a value that depends on no
// function's variables or type parameters, below f.
func (x *extractor) detachedFrame(f *frame) *frame {
	return &frame{
		eff:         newEffects(false, nil),
		parent:      f,
		depth:       f.depth + 1,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
}

// declares reports whether t, or the type t points to, is the named type
// tn.
func declares(t types.Type, tn *types.TypeName) bool {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	return ok && n.Origin().Obj() == tn
}

func structType(t types.Type) (*types.Struct, bool) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}
