package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
)

// maxDepth bounds how deep extraction follows helper calls.
const maxDepth = 16

// frame is one function being walked: Configure itself or a helper it calls
// with the configurer.
type frame struct {
	eff    *effects
	fn     *types.Func
	parent *frame
	depth  int

	// cond is true when the whole function runs only on some paths.
	cond bool

	// configurers are the variables holding the configurer.
	configurers map[*types.Var]bool
	// consts are parameters bound to constant string arguments.
	consts map[*types.Var]string
	// env holds the known values of local route and route-slice variables;
	// a variable not in env has an unknown value.
	env map[*types.Var]value
	// subst maps the type parameters of this function (or its receiver) to
	// types in terms of the Configure method's receiver type parameters.
	subst map[*types.TypeParam]types.Type

	// exited is set once some path may have left the function: everything
	// after it runs only on some paths.
	exited bool
	// dead is set once every path has left the function.
	dead bool
}

func (f *frame) onStack(fn *types.Func) bool {
	for g := f; g != nil; g = g.parent {
		if g.fn == fn {
			return true
		}
	}
	return false
}

// walkBody walks the body of the function f runs.
func (x *extractor) walkBody(f *frame, body *ast.BlockStmt) {
	if hasGoto(body) {
		// Control flow extraction does not follow: treat every call as
		// conditional.
		f.cond = true
	}
	x.stmts(f, body.List, f.cond)
}

// stmts walks a statement list; cond is true when the list runs only on
// some paths through the function.
func (x *extractor) stmts(f *frame, list []ast.Stmt, cond bool) {
	for _, s := range list {
		if f.dead {
			return
		}
		c := cond || f.exited
		switch x.stmt(f, s, c) {
		case leavesFunc:
			// The rest of the list is unreachable, and the function may
			// have returned.
			if !c {
				f.dead = true
			} else {
				f.exited = true
			}
			return
		case leavesBlock:
			return
		}
	}
}

// leaves says how a statement leaves the enclosing statement list.
type leaves int

const (
	fallsThrough leaves = iota
	leavesFunc          // return or panic
	leavesBlock         // break, continue, goto, fallthrough
)

// stmt walks one statement and reports whether it always leaves the
// enclosing list.
func (x *extractor) stmt(f *frame, s ast.Stmt, cond bool) leaves {
	switch s := s.(type) {
	case *ast.ExprStmt:
		x.scan(f, s.X, cond)
		if x.isPanic(s.X) {
			if !cond {
				// Configure panics on every path: nothing it would have
				// configured afterwards is known to be missing.
				f.eff.unknownAll()
			}
			return leavesFunc
		}
	case *ast.ReturnStmt:
		for _, r := range s.Results {
			x.scan(f, r, cond)
		}
		return leavesFunc
	case *ast.AssignStmt:
		x.assign(f, s, cond)
	case *ast.DeclStmt:
		x.decl(f, s, cond)
	case *ast.IncDecStmt:
		x.scan(f, s.X, cond)
	case *ast.SendStmt:
		x.scan(f, s.Chan, cond)
		x.scan(f, s.Value, cond)
	case *ast.BlockStmt:
		x.stmts(f, s.List, cond)
	case *ast.LabeledStmt:
		return x.stmt(f, s.Stmt, cond)
	case *ast.IfStmt:
		if s.Init != nil {
			x.stmt(f, s.Init, cond)
		}
		x.scan(f, s.Cond, cond)
		if tv, ok := x.info.Types[s.Cond]; ok && tv.Value != nil {
			// A constant condition selects one branch on every path.
			if boolConst(tv) {
				x.stmts(f, s.Body.List, cond)
			} else if s.Else != nil {
				x.stmt(f, s.Else, cond)
			}
		} else if cond || s.Else == nil || !x.sameInBothBranches(f, s) {
			x.stmts(f, s.Body.List, true)
			if s.Else != nil {
				x.stmt(f, s.Else, true)
			}
		}
		x.markExits(f, s)
	case *ast.SwitchStmt:
		if s.Init != nil {
			x.stmt(f, s.Init, cond)
		}
		if s.Tag != nil {
			x.scan(f, s.Tag, cond)
		}
		x.clauses(f, s.Body)
		x.markExits(f, s)
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			x.stmt(f, s.Init, cond)
		}
		x.stmt(f, s.Assign, cond)
		x.clauses(f, s.Body)
		x.markExits(f, s)
	case *ast.SelectStmt:
		x.clauses(f, s.Body)
		x.markExits(f, s)
	case *ast.ForStmt:
		if s.Init != nil {
			x.stmt(f, s.Init, cond)
		}
		// A loop body runs any number of times.
		if s.Cond != nil {
			x.scan(f, s.Cond, true)
		}
		if s.Post != nil {
			x.stmt(f, s.Post, true)
		}
		x.untrackAssigned(f, s.Body)
		x.stmts(f, s.Body.List, true)
		x.untrackAssigned(f, s.Body)
		x.markExits(f, s)
	case *ast.RangeStmt:
		x.scan(f, s.X, cond)
		if s.Key != nil {
			x.scan(f, s.Key, true)
		}
		if s.Value != nil {
			x.scan(f, s.Value, true)
		}
		x.untrackAssigned(f, s.Body)
		x.stmts(f, s.Body.List, true)
		x.untrackAssigned(f, s.Body)
		x.markExits(f, s)
	case *ast.DeferStmt:
		// A deferred or concurrent call is not followed: whatever it does to
		// the configurer is unknown.
		x.scan(f, s.Call, true)
	case *ast.GoStmt:
		x.scan(f, s.Call, true)
	case *ast.BranchStmt:
		return leavesBlock
	case *ast.EmptyStmt:
	default:
		ast.Inspect(s, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				x.scan(f, e, true)
				return false
			}
			return true
		})
	}
	return fallsThrough
}

// clauses walks the clauses of a switch or select: each runs on some paths.
func (x *extractor) clauses(f *frame, body *ast.BlockStmt) {
	for _, c := range body.List {
		switch c := c.(type) {
		case *ast.CaseClause:
			for _, e := range c.List {
				x.scan(f, e, true)
			}
			x.stmts(f, c.Body, true)
		case *ast.CommClause:
			if c.Comm != nil {
				x.stmt(f, c.Comm, true)
			}
			x.stmts(f, c.Body, true)
		}
	}
}

// markExits records that some path may leave the function inside s.
func (x *extractor) markExits(f *frame, s ast.Stmt) {
	exits := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			exits = true
		case *ast.ExprStmt:
			if x.isPanic(n.X) {
				exits = true
			}
		}
		return !exits
	})
	if exits {
		f.exited = true
	}
}

// untrackAssigned forgets the values of variables assigned in a loop body,
// since the body may run any number of times.
func (x *extractor) untrackAssigned(f *frame, body ast.Node) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v := x.lhsVar(id); v != nil {
						delete(f.env, v)
					}
				}
			}
		case *ast.RangeStmt:
			for _, l := range []ast.Expr{n.Key, n.Value} {
				if id, ok := l.(*ast.Ident); ok {
					if v := x.lhsVar(id); v != nil {
						delete(f.env, v)
					}
				}
			}
		}
		return true
	})
}

func (x *extractor) isPanic(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := x.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "panic"
}

func hasGoto(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				found = true
			}
		}
		return !found
	})
	return found
}

// assign walks an assignment, tracking route values of local variables.
func (x *extractor) assign(f *frame, s *ast.AssignStmt, cond bool) {
	pending := map[*types.Var]value{}
	var untrack []*types.Var
	for i, l := range s.Lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			x.scan(f, l, cond)
			continue
		}
		v := x.lhsVar(id)
		if v == nil {
			continue
		}
		if f.configurers[v] {
			// Replacing the configurer: nothing after it can be trusted.
			f.eff.unknownAll()
			continue
		}
		if !x.trackable(v) {
			continue
		}
		if !cond && len(s.Lhs) == len(s.Rhs) && (s.Tok == token.DEFINE || s.Tok == token.ASSIGN) {
			if val, ok := x.evalValue(f, v.Type(), s.Rhs[i]); ok {
				pending[v] = val
				continue
			}
		}
		untrack = append(untrack, v)
	}
	// A new variable holding the configurer is an alias of it.
	if s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && x.isConfigurerRef(f, s.Rhs[0]) {
		if id, ok := s.Lhs[0].(*ast.Ident); ok {
			if v := x.lhsVar(id); v != nil && !x.escaped[v] && !x.reassigned[v] {
				f.configurers[v] = true
				return
			}
		}
	}
	for _, r := range s.Rhs {
		x.scan(f, r, cond)
	}
	for _, v := range untrack {
		delete(f.env, v)
	}
	for v, val := range pending {
		f.env[v] = val
	}
}

// decl walks a local var declaration.
func (x *extractor) decl(f *frame, s *ast.DeclStmt, cond bool) {
	gd, ok := s.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return
	}
	for _, spec := range gd.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, val := range vs.Values {
			x.scan(f, val, cond)
		}
		for i, name := range vs.Names {
			v, _ := x.info.Defs[name].(*types.Var)
			if v == nil || !x.trackable(v) {
				continue
			}
			switch {
			case cond:
				delete(f.env, v)
			case len(vs.Values) == 0:
				f.env[v] = x.zeroValue(v.Type())
			case len(vs.Values) == len(vs.Names):
				if val, ok := x.evalValue(f, v.Type(), vs.Values[i]); ok {
					f.env[v] = val
				} else {
					delete(f.env, v)
				}
			default:
				delete(f.env, v)
			}
		}
	}
}

// lhsVar returns the variable an identifier on the left of an assignment
// denotes.
func (x *extractor) lhsVar(id *ast.Ident) *types.Var {
	if v, ok := x.info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := x.info.Uses[id].(*types.Var)
	return v
}

func (x *extractor) isConfigurerRef(f *frame, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := x.info.Uses[id].(*types.Var)
	return ok && f.configurers[v]
}

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

// call handles a call found while scanning; it reports whether scan should
// descend into the call's children.
func (x *extractor) call(f *frame, call *ast.CallExpr, cond bool) bool {
	fun := ast.Unparen(call.Fun)

	// A method of the configurer.
	if sel, ok := fun.(*ast.SelectorExpr); ok && x.isConfigurerRef(f, sel.X) {
		if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.MethodVal && s.Obj().Pkg() == x.d.pkg {
			x.scanArgs(f, call.Args, cond)
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
	if decl == nil && x.foreignConfigure(f, fn, recvNamed, call, cond) {
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
			if !x.d.isConfigurer(p.Type()) || !types.Identical(p.Type(), x.typeOf(a)) {
				f.eff.unknownAll()
				return
			}
			g.configurers[p] = true
			continue
		}
		if s, ok := x.evalString(f, a); ok && !x.reassigned[p] && !x.escaped[p] {
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
