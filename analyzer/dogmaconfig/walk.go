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
	if f.parent == nil {
		if !x.oracle().BodyReturns(body) {
			// Configure never returns: nothing it would have configured
			// is known to be missing.
			f.eff.unknownAll()
		}
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
		case dies:
			// The rest of the list is unreachable, and no path through
			// it returns: what follows the enclosing statement runs on
			// every path that does.
			if !c {
				f.dead = true
			}
			return
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
	leavesFunc          // return
	dies                // a call that never returns, such as panic or log.Fatal
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
			return dies
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
		if b, ok := x.evalBool(f, s.Cond); ok {
			// A constant condition (or a field of the registered value)
			// selects one branch on every path.
			if b {
				x.stmts(f, s.Body.List, cond)
			} else if s.Else != nil {
				x.stmt(f, s.Else, cond)
			}
		} else if s.Else != nil && x.diesAlways(s.Body.List) {
			// Only the else branch returns.
			x.stmt(f, s.Else, cond)
		} else if s.Else != nil && x.diesAlwaysStmt(s.Else) {
			x.stmts(f, s.Body.List, cond)
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
		x.switchClauses(f, s.Body, cond)
		x.markExits(f, s)
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			x.stmt(f, s.Init, cond)
		}
		x.stmt(f, s.Assign, cond)
		x.switchClauses(f, s.Body, cond)
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

// markExits records that some path may return from the function inside
// s. A path that ends in a call that never returns does not: it leaves
// nothing unconfigured.
func (x *extractor) markExits(f *frame, s ast.Stmt) {
	exits := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			exits = true
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

// isPanic reports whether e is a call that never returns: panic, log.Fatal,
// os.Exit, a function of the package that never returns (see noreturn).
func (x *extractor) isPanic(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	return !x.oracle().MayReturn(call)
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
			if v := x.lhsVar(id); v != nil && !x.isEscaped(v) && !x.isReassigned(v) {
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
