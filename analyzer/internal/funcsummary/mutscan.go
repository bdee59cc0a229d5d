package funcsummary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// origin says which tracked parameter a value comes from, and under which
// of its fields.
type origin struct {
	index int
	field string
}

// link is an expression traced back to a tracked parameter; indirect is
// true when the memory it denotes is reached through a pointer, map or
// slice, and so is shared with the parameter's caller.
type link struct {
	origin
	indirect bool
}

// mutWalker finds the writes through a function's parameters (or a
// handler's root) in one body.
type mutWalker struct {
	t    *Table
	info *types.Info
	// vars maps the tracked parameters, and the local variables that hold a
	// copy of a value reached from one (x := r.Items, switch x :=
	// r.(type), for _, x := range r.Items), to where they come from. A
	// variable assigned again, or whose address is taken, is not tracked:
	// what it holds is then not proven.
	vars     map[*types.Var]origin
	assigned map[*types.Var]bool
	out      []Mutation
	low      int
}

// mutBody returns every mutation of the roots (variables and their
// indexes) in body, in source order, and the least depth of the functions
// being summarized that it reached. t.mu is held.
func (t *Table) mutBody(body *ast.BlockStmt, roots map[*types.Var]int) ([]Mutation, int) {
	w := &mutWalker{t: t, info: t.pass.TypesInfo, vars: map[*types.Var]origin{}, assigned: map[*types.Var]bool{}, low: noCycle}
	w.findAssigned(body)
	for v, i := range roots {
		if !w.assigned[v] {
			w.vars[v] = origin{index: i}
		}
	}
	w.walk(body)
	return w.out, w.low
}

// findAssigned records the variables that are assigned after their
// declaration, or whose address is taken, anywhere in body.
func (w *mutWalker) findAssigned(body ast.Node) {
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := w.info.Uses[id].(*types.Var); ok {
				w.assigned[v] = true
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l) // with :=, only a variable declared before is in Uses
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				if n.Key != nil {
					mark(n.Key)
				}
				if n.Value != nil {
					mark(n.Value)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				mark(n.X)
			}
		}
		return true
	})
}

// walk scans n for writes and calls. A function literal is scanned only
// where it is called as written; one passed or stored runs when code not
// followed decides, if at all.
func (w *mutWalker) walk(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
				for _, a := range n.Args {
					w.walk(a)
				}
				w.walk(lit.Body)
				return false
			}
			w.call(n)
		case *ast.AssignStmt:
			w.assign(n)
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					w.alias(name, n.Values[i])
				}
			}
		case *ast.IncDecStmt:
			op := Increment
			if n.Tok == token.DEC {
				op = Decrement
			}
			w.write(n.X, op, n)
		case *ast.RangeStmt:
			w.rangeStmt(n)
		case *ast.TypeSwitchStmt:
			w.typeSwitch(n)
		}
		return true
	})
}

func (w *mutWalker) assign(n *ast.AssignStmt) {
	if n.Tok == token.DEFINE {
		if len(n.Lhs) == len(n.Rhs) {
			for i, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					w.alias(id, n.Rhs[i])
				}
			}
		}
		return
	}
	for i, l := range n.Lhs {
		op := Assign
		if len(n.Lhs) == len(n.Rhs) && isAppendTo(w.info, n.Rhs[i], l) {
			op = Append
		}
		w.write(l, op, l)
	}
}

// isAppendTo reports whether rhs is append(lhs, ...).
func isAppendTo(info *types.Info, rhs, lhs ast.Expr) bool {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
		return false
	}
	return types.ExprString(call.Args[0]) == types.ExprString(lhs)
}

// alias tracks id, newly declared with the value of e, when e comes from
// a tracked variable.
func (w *mutWalker) alias(id *ast.Ident, e ast.Expr) {
	v, ok := w.info.Defs[id].(*types.Var)
	if !ok || w.assigned[v] {
		return
	}
	if l, ok := w.chain(e); ok {
		w.vars[v] = l.origin
	}
}

func (w *mutWalker) rangeStmt(n *ast.RangeStmt) {
	if n.Tok == token.DEFINE {
		// The value is a copy of each element: a pointer element points
		// into memory the root reaches, a struct element is a copy.
		// Only over a slice, an array or a map: what a function iterator
		// yields is not known.
		if id, ok := n.Value.(*ast.Ident); ok && w.elements(n.X) {
			w.alias(id, n.X)
		}
		return
	}
	if n.Tok == token.ASSIGN {
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if e != nil {
				w.write(e, Assign, e)
			}
		}
	}
}

// typeSwitch tracks the variable of each clause of switch x := r.(type).
func (w *mutWalker) typeSwitch(n *ast.TypeSwitchStmt) {
	as, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok {
		return
	}
	l, ok := w.chain(ta.X)
	if !ok {
		return
	}
	for _, c := range n.Body.List {
		if v, ok := w.info.Implicits[c].(*types.Var); ok && !w.assigned[v] {
			w.vars[v] = l.origin
		}
	}
}

// write records a write of lhs when it is memory a tracked variable
// shares with its caller. Assigning a variable itself is never one.
func (w *mutWalker) write(lhs ast.Expr, op MutOp, at ast.Node) {
	if _, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		return
	}
	if l, ok := w.chain(lhs); ok && l.indirect {
		w.add(Mutation{Index: l.index, Field: l.field, Op: op, Expr: types.ExprString(lhs)}, at)
	}
}

func (w *mutWalker) add(m Mutation, at ast.Node) {
	m.pos, m.end = at.Pos(), at.End()
	m.Pos, m.End = w.t.posn(at.Pos()), w.t.posn(at.End())
	w.out = append(w.out, m)
}

// chain traces e back to a tracked variable through field selections,
// indexing, dereferences, type assertions, slicing of a slice and taking
// an address in shared memory.
func (w *mutWalker) chain(e ast.Expr) (link, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := w.info.Uses[e].(*types.Var)
		if !ok {
			return link{}, false
		}
		o, ok := w.vars[v]
		return link{origin: o}, ok
	case *ast.SelectorExpr:
		sel := w.info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return link{}, false
		}
		l, ok := w.chain(e.X)
		if !ok {
			return link{}, false
		}
		if l.field == "" {
			l.field = e.Sel.Name
		}
		l.indirect = l.indirect || sel.Indirect()
		return l, true
	case *ast.IndexExpr:
		l, ok := w.chain(e.X)
		if !ok {
			return link{}, false
		}
		t := w.typeOf(e.X)
		if t == nil {
			return link{}, false
		}
		switch t.Underlying().(type) {
		case *types.Map, *types.Slice, *types.Pointer:
			l.indirect = true
		case *types.Array:
		default:
			return link{}, false // a string, or a generic function's instance
		}
		return l, true
	case *ast.StarExpr:
		l, ok := w.chain(e.X)
		l.indirect = true
		return l, ok
	case *ast.TypeAssertExpr:
		return w.chain(e.X)
	case *ast.SliceExpr:
		// Slicing a slice shares its array; slicing an array in a local
		// copy does not reach the caller's memory.
		t := w.typeOf(e.X)
		if t == nil {
			return link{}, false
		}
		if _, ok := t.Underlying().(*types.Slice); !ok {
			return link{}, false
		}
		return w.chain(e.X)
	case *ast.UnaryExpr:
		if e.Op != token.AND {
			return link{}, false
		}
		l, ok := w.chain(e.X)
		if !ok || !l.indirect {
			return link{}, false // the address of a local copy
		}
		return l, true
	}
	return link{}, false
}

// elements reports whether ranging over x yields copies of its elements:
// x is a slice, an array, a pointer to an array or a map.
func (w *mutWalker) elements(x ast.Expr) bool {
	t := w.typeOf(x)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	}
	return false
}

func (w *mutWalker) typeOf(e ast.Expr) types.Type {
	tv, ok := w.info.Types[e]
	if !ok || tv.Type == nil {
		return nil
	}
	return tv.Type
}

// call records what a call does to tracked memory: a builtin that writes
// its first argument, ApplyEvent on a root, and calls of functions and
// methods whose summary mutates the parameter (or receiver) that receives
// it.
func (w *mutWalker) call(call *ast.CallExpr) {
	fun := ast.Unparen(call.Fun)
	if tv, ok := w.info.Types[fun]; ok && tv.IsType() {
		return // a conversion
	}
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := w.info.Uses[id].(*types.Builtin); ok {
			w.builtin(call, b.Name())
			return
		}
	}
	fn := typeutil.StaticCallee(w.info, call)
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s := w.info.Selections[sel]; s != nil {
			switch s.Kind() {
			case types.MethodExpr:
				return // T.M(r, ...): not followed
			case types.MethodVal:
				w.receiver(call, sel, s)
			}
		}
	}
	if fn == nil || call.Ellipsis.IsValid() {
		return
	}
	sig := fn.Signature()
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) {
			break
		}
		l, ok := w.chain(arg)
		if !ok {
			continue
		}
		if m, ok := w.mutationOf(fn, i); ok {
			w.via(call, fn, l, m)
		}
	}
}

func (w *mutWalker) builtin(call *ast.CallExpr, name string) {
	var op MutOp
	switch name {
	case "delete":
		op = Delete
	case "clear":
		op = Clear
	case "copy":
		op = Copy
	default:
		return
	}
	if len(call.Args) == 0 {
		return
	}
	// A map or slice refers to memory shared with whoever holds it.
	if l, ok := w.chain(call.Args[0]); ok {
		w.add(Mutation{Index: l.index, Field: l.field, Op: op, Expr: types.ExprString(call.Args[0])}, call)
	}
}

// receiver records a method call whose receiver is tracked memory and
// whose method mutates its receiver, or is an aggregate root's
// ApplyEvent.
func (w *mutWalker) receiver(call *ast.CallExpr, sel *ast.SelectorExpr, s *types.Selection) {
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return
	}
	l, ok := w.chain(sel.X)
	if !ok {
		return
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return
	}
	if _, ptr := recv.Type().(*types.Pointer); ptr {
		// A pointer method called on an addressable value takes its
		// address: that must be memory the caller shares, not a local
		// copy (c := *r; c.ApplyEvent(e)).
		if t := w.typeOf(sel.X); t != nil && !types.IsInterface(t) {
			if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !s.Indirect() && !l.indirect {
				return
			}
		}
	}
	if w.t.api.IsApplyEvent(fn) {
		w.add(Mutation{Index: l.index, Field: l.field, Op: ApplyEvent, Expr: types.ExprString(sel.X)}, call)
		return
	}
	if types.IsInterface(recv.Type()) {
		return // an interface method: not followed
	}
	if m, ok := w.mutationOf(fn, Recv); ok {
		w.via(call, fn, l, m)
	}
}

// via records a mutation made by the callee fn of call, which receives
// memory traced to l.
func (w *mutWalker) via(call *ast.CallExpr, fn *types.Func, l link, m Mutation) {
	step := Step{Callee: FuncName(fn), Pos: w.t.posn(call.Pos()), pos: call.Pos()}
	if fn.Pkg() != nil {
		step.PkgPath, step.PkgName = fn.Pkg().Path(), fn.Pkg().Name()
	}
	m.Index = l.index
	if l.field != "" {
		m.Field = l.field
	}
	m.Path = append([]Step{step}, m.Path...)
	w.out = append(w.out, m)
}
