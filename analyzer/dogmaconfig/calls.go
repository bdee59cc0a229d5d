package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
)

// scan walks an expression for uses of the configurer and of tracked
// variables.
func (x *extractor) scan(f *frame, root ast.Node, cond bool) {
	if root == nil {
		return
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			// A closure capturing the configurer may call it at any time.
			if x.mentionsConfigurer(f, n) {
				f.eff.unknownAll()
			}
			return false
		case *ast.CallExpr:
			return x.call(f, n, cond)
		case *ast.Ident:
			if v, ok := x.info.Uses[n].(*types.Var); ok {
				if f.configurers[v] {
					// The configurer flows somewhere extraction does not
					// follow.
					f.eff.unknownAll()
				}
				delete(f.env, v)
			}
		}
		return true
	})
}

func (x *extractor) mentionsConfigurer(f *frame, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := x.info.Uses[id].(*types.Var); ok && f.configurers[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// scanArgs scans call arguments, except that a tracked variable passed
// directly is a read that keeps its value.
func (x *extractor) scanArgs(f *frame, args []ast.Expr, cond bool) {
	for _, a := range args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if v, ok := x.info.Uses[id].(*types.Var); ok && !f.configurers[v] {
				continue
			}
		}
		x.scan(f, a, cond)
	}
}

// literalFields returns the arguments of a RegisterX call with each struct
// literal (or pointer to one) replaced by its field values: a tracked
// variable that is a field value is read there, where the registration
// reads it (see fieldsSummary), and keeps its value.
func literalFields(args []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, a := range args {
		e := ast.Unparen(a)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			out = append(out, a)
			continue
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				out = append(out, kv.Value)
			} else {
				out = append(out, el)
			}
		}
	}
	return out
}

// call handles a call found while scanning; it reports whether scan should
// descend into the call's children.
func (x *extractor) call(f *frame, call *ast.CallExpr, cond bool) bool {
	fun := ast.Unparen(call.Fun)

	// A method of the configurer.
	if sel, ok := fun.(*ast.SelectorExpr); ok && x.isConfigurerRef(f, sel.X) {
		if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.MethodVal && s.Obj().Pkg() == x.api.Pkg {
			if _, ok := x.api.RegisterMethod(sel.Sel.Name); ok {
				x.scanArgs(f, literalFields(call.Args), cond)
			} else if sel.Sel.Name == "Routes" && f.eff.app {
				x.scanArgs(f, x.registrationArgs(call.Args), cond)
			} else {
				x.scanArgs(f, call.Args, cond)
			}
			x.configurerCall(f, call, sel.Sel.Name, cond)
			return false
		}
	}

	// Builtins read their slice arguments without keeping them.
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := x.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append", "len", "cap":
				x.scanArgs(f, call.Args, cond)
				return false
			}
		}
	}

	// A call passing the configurer: follow it if it is a function of this
	// package, otherwise the configurer escapes.
	passes := false
	for _, a := range call.Args {
		if x.isConfigurerRef(f, a) {
			passes = true
		}
	}
	if !passes {
		return true
	}
	x.scan(f, call.Fun, cond)
	for _, a := range call.Args {
		if !x.isConfigurerRef(f, a) {
			x.scan(f, a, cond)
		}
	}
	if tp := x.delegateTypeParam(f, call); tp != nil && !cond && !f.eff.app {
		f.eff.handler.Delegates = append(f.eff.handler.Delegates,
			DelegateSummary{TypeParam: tp.Index() + 1, Pos: x.posn(call.Pos())})
		return false
	}
	x.follow(f, call, cond)
	return false
}

// delegateTypeParam returns the handler's type parameter T when call is
// v.Configure(c) for a value v of type T or *T, as in a generic wrapper.
func (x *extractor) delegateTypeParam(f *frame, call *ast.CallExpr) *types.TypeParam {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Configure" || len(call.Args) != 1 || !x.isConfigurerRef(f, call.Args[0]) {
		return nil
	}
	if s, ok := x.info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return nil
	}
	t := x.typeOf(sel.X)
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	tp, ok := t.(*types.TypeParam)
	if !ok {
		return nil
	}
	if s, ok := f.substitute(tp).(*types.TypeParam); ok {
		tp = s
	} else {
		return nil
	}
	if !isRecvTypeParam(f.eff.recvTypeParams, tp) {
		return nil
	}
	return tp
}

// follow walks a statically known callee that receives the configurer.
func (x *extractor) follow(f *frame, call *ast.CallExpr, cond bool) {
	fn, recvNamed := x.staticCallee(call)
	if fn == nil || f.depth >= maxDepth || f.onStack(fn.Origin()) {
		f.eff.unknownAll()
		return
	}
	decl := x.decls[fn.Origin()]
	if decl == nil && (x.foreignConfigure(f, fn, recvNamed, call, cond) || x.foreignHelper(f, fn, call, cond)) {
		return
	}
	if decl == nil || decl.Body == nil || call.Ellipsis.IsValid() {
		f.eff.unknownAll()
		return
	}
	sig := fn.Origin().Type().(*types.Signature)
	if sig.Variadic() || sig.Params().Len() != len(call.Args) {
		f.eff.unknownAll()
		return
	}
	g := &frame{
		eff:         f.eff,
		fn:          fn.Origin(),
		parent:      f,
		depth:       f.depth + 1,
		cond:        cond,
		configurers: map[*types.Var]bool{},
		consts:      map[*types.Var]string{},
		env:         map[*types.Var]value{},
		subst:       map[*types.TypeParam]types.Type{},
	}
	for i, a := range call.Args {
		p := sig.Params().At(i)
		if x.isConfigurerRef(f, a) {
			if !x.api.IsConfigurer(p.Type()) || !types.Identical(p.Type(), x.typeOf(a)) {
				f.eff.unknownAll()
				return
			}
			g.configurers[p] = true
			continue
		}
		if s, ok := x.evalString(f, a); ok && !x.isReassigned(p) && !x.isEscaped(p) {
			g.consts[p] = s
		}
	}
	// Type arguments of a generic function.
	if inst, ok := x.info.Instances[calleeIdent(call.Fun)]; ok {
		for i := 0; i < sig.TypeParams().Len() && i < inst.TypeArgs.Len(); i++ {
			g.subst[sig.TypeParams().At(i)] = f.substitute(inst.TypeArgs.At(i))
		}
	}
	// Type arguments of the receiver of a method of a generic type.
	if recvNamed != nil && sig.RecvTypeParams().Len() == recvNamed.TypeArgs().Len() {
		for i := 0; i < sig.RecvTypeParams().Len(); i++ {
			g.subst[sig.RecvTypeParams().At(i)] = f.substitute(recvNamed.TypeArgs().At(i))
		}
	}
	x.bindReceiver(f, call, decl, fn.Origin())
	x.walkBody(g, decl.Body)
}

// staticCallee returns the function a call statically calls, and for a
// method of a named type the receiver's named type; nil for dynamic calls
// (function values, interface methods).
func (x *extractor) staticCallee(call *ast.CallExpr) (*types.Func, *types.Named) {
	fun := ast.Unparen(call.Fun)
	switch e := fun.(type) {
	case *ast.IndexExpr:
		fun = e.X
	case *ast.IndexListExpr:
		fun = e.X
	}
	switch e := ast.Unparen(fun).(type) {
	case *ast.Ident:
		fn, _ := x.info.Uses[e].(*types.Func)
		return fn, nil
	case *ast.SelectorExpr:
		if s, ok := x.info.Selections[e]; ok {
			if s.Kind() != types.MethodVal {
				return nil, nil
			}
			fn, _ := s.Obj().(*types.Func)
			if fn == nil || types.IsInterface(s.Recv()) {
				return nil, nil
			}
			recv := s.Recv()
			if p, ok := recv.(*types.Pointer); ok {
				recv = p.Elem()
			}
			if _, ok := recv.(*types.TypeParam); ok {
				return nil, nil
			}
			named, _ := types.Unalias(recv).(*types.Named)
			if len(s.Index()) > 1 {
				// A promoted method: the receiver is an embedded field whose
				// type arguments this does not track.
				if fn.Signature().RecvTypeParams().Len() > 0 {
					return nil, nil
				}
				named = nil
			}
			return fn, named
		}
		fn, _ := x.info.Uses[e.Sel].(*types.Func)
		return fn, nil
	}
	return nil, nil
}

func calleeIdent(fun ast.Expr) *ast.Ident {
	fun = ast.Unparen(fun)
	switch e := fun.(type) {
	case *ast.IndexExpr:
		fun = e.X
	case *ast.IndexListExpr:
		fun = e.X
	}
	switch e := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// substitute rewrites t in terms of the Configure receiver's type
// parameters.
func (f *frame) substitute(t types.Type) types.Type {
	if len(f.subst) == 0 {
		return t
	}
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		if s, ok := f.subst[t]; ok {
			return s
		}
	case *types.Pointer:
		if tp, ok := types.Unalias(t.Elem()).(*types.TypeParam); ok {
			if s, ok := f.subst[tp]; ok {
				return types.NewPointer(s)
			}
		}
	}
	return t
}

func (x *extractor) typeOf(e ast.Expr) types.Type {
	if tv, ok := x.info.Types[e]; ok {
		return tv.Type
	}
	return nil
}

// foreignConfigure handles h.Configure(c) where h's type is a handler of
// another package, as in a wrapper around it: the handler's configuration,
// from its fact, is made on every path the call is. It reports whether it
// handled the call.
func (x *extractor) foreignConfigure(f *frame, fn *types.Func, recvNamed *types.Named, call *ast.CallExpr, cond bool) bool {
	if fn.Name() != "Configure" || f.eff.app || len(call.Args) != 1 || recvNamed == nil || cond {
		return false
	}
	sum := x.handlerSummary(recvNamed.Origin().Obj())
	if sum == nil || sum.Kind != f.eff.handler.Kind {
		return false
	}
	var args []types.Type
	for i := 0; i < recvNamed.TypeArgs().Len(); i++ {
		args = append(args, f.substitute(recvNamed.TypeArgs().At(i)))
	}
	inner := x.instantiate(sum, args)
	if len(inner.Delegates) > 0 {
		return false
	}
	f.eff.merge(inner)
	return true
}
