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
func (x *extractor) registeredSummary(tn *types.TypeName, val values.Value) *HandlerSummary {
	h := x.local[tn]
	if h == nil || !val.HasFields() || h.Summary.TypeParams > 0 {
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
	g := &frame{
		eff:         newEffects(false, nil),
		parent:      f,
		depth:       f.depth + 1,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
	return x.evalSlice(g, expr)
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
