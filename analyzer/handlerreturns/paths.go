package handlerreturns

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"

	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// A routing method is judged per routed message type: the walk below takes
// only the code that one dynamic type of the message reaches (its
// type-switch case, the branch of its type assertion) and every path
// through it, following the assignments to the method's local variables
// along each path. A condition it cannot evaluate (a field of the message,
// a parameter) forks the path: what is reported must hold on both.

// maxPaths bounds the paths followed at once; beyond it, nothing is
// reported for the type.
const maxPaths = 64

// reached is one return statement a path reaches, with the values of the
// tracked variables there.
type reached struct {
	ret  *ast.ReturnStmt
	vars map[*types.Var]values.Value
}

// pathWalk follows the paths of one method for one dynamic type of its
// message parameter.
type pathWalk struct {
	info  *types.Info
	ev    *values.Evaluator
	calls *noreturn.Oracle
	msg   *types.Var // the message parameter
	typ   types.Type // its dynamic type
	ok    bool       // false once the walk met code it does not follow
	rets  []reached  // the returns reached, in walk order
	cur   map[*types.Var]values.Value
	// clause is the case clause the type reaches in a switch on msg, for
	// the report; nil if none.
	clause *ast.CaseClause
}

type path = map[*types.Var]values.Value

// walkPaths returns the returns reached by the message of dynamic type typ
// in the body of the method of signature sig, or ok false when the walk
// cannot follow the body.
func walkPaths(info *types.Info, ev *values.Evaluator, calls *noreturn.Oracle, sig *types.Signature, body *ast.BlockStmt, msg *types.Var, typ types.Type) (*pathWalk, bool) {
	w := &pathWalk{info: info, calls: calls, msg: msg, typ: typ, ok: true}
	g := *ev
	g.Path = func(v *types.Var) (values.Value, bool) {
		val, ok := w.cur[v]
		return val, ok
	}
	w.ev = &g
	start := path{}
	for i := 0; i < sig.Results().Len(); i++ {
		// Named results start as zero values.
		if r := sig.Results().At(i); r.Name() != "" {
			w.set(start, r, ev.Zero(r.Type()))
		}
	}
	w.block(body.List, []path{start})
	return w, w.ok
}

// eval evaluates e on path p.
func (w *pathWalk) eval(p path, e ast.Expr) values.Value {
	w.cur = p
	return w.ev.Eval(e)
}

// block walks a statement list from each of the paths in, and returns the
// paths that fall off its end. A break ends a path in the innermost switch
// or loop; those paths are returned in broken.
func (w *pathWalk) block(list []ast.Stmt, in []path) []path {
	out, _ := w.blockBreaks(list, in)
	return out
}

func (w *pathWalk) blockBreaks(list []ast.Stmt, in []path) (out, broken []path) {
	ps := in
	for _, s := range list {
		if !w.ok || len(ps) == 0 {
			return nil, broken
		}
		var b []path
		ps, b = w.stmt(s, ps)
		broken = append(broken, b...)
		if len(ps)+len(broken) > maxPaths {
			w.ok = false
		}
	}
	return ps, broken
}

// stmt walks s from each path in ps, returning the paths that continue
// after s and those that break out of the enclosing switch or loop.
func (w *pathWalk) stmt(s ast.Stmt, ps []path) (out, broken []path) {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		for _, p := range ps {
			w.rets = append(w.rets, reached{ret: s, vars: p})
		}
		return nil, nil
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && !w.calls.MayReturn(call) {
			// panic, log.Fatal, os.Exit or a helper that always panics:
			// the path reaches no return.
			return nil, nil
		}
		w.unsettle(s, ps)
		return ps, nil
	case *ast.AssignStmt:
		return w.assign(s, ps), nil
	case *ast.DeclStmt:
		return w.declare(s, ps), nil
	case *ast.IncDecStmt, *ast.SendStmt, *ast.EmptyStmt, *ast.DeferStmt, *ast.GoStmt:
		w.unsettle(s, ps)
		return ps, nil
	case *ast.BlockStmt:
		return w.blockBreaks(s.List, ps)
	case *ast.IfStmt:
		if s.Init != nil {
			ps, _ = w.stmt(s.Init, ps)
		}
		var then, els []path
		for _, p := range ps {
			b, known := w.eval(p, s.Cond).Bool()
			if !known || b {
				then = append(then, p)
			}
			if !known || !b {
				els = append(els, p)
			}
		}
		var bt, be []path
		then, bt = w.blockBreaks(s.Body.List, copies(then))
		if s.Else != nil {
			els, be = w.stmt(s.Else, copies(els))
		}
		return append(then, els...), append(bt, be...)
	case *ast.TypeSwitchStmt:
		if s.Init != nil {
			ps, _ = w.stmt(s.Init, ps)
		}
		return w.typeSwitch(s, ps), nil
	case *ast.SwitchStmt:
		if s.Init != nil {
			ps, _ = w.stmt(s.Init, ps)
		}
		return w.exprSwitch(s, ps), nil
	case *ast.ForStmt:
		if s.Init != nil {
			ps, _ = w.stmt(s.Init, ps)
		}
		return w.loop(s.Body, ps), nil
	case *ast.RangeStmt:
		return w.loop(s.Body, ps), nil
	case *ast.BranchStmt:
		if s.Tok == token.BREAK && s.Label == nil {
			return nil, ps
		}
		if s.Tok == token.CONTINUE && s.Label == nil {
			// The loop's walk already takes the paths after the loop.
			return nil, nil
		}
		w.ok = false
		return nil, nil
	}
	// Labels, goto, select and anything else: not followed.
	w.ok = false
	return nil, nil
}

// typeSwitch takes the one clause the message's type reaches when the
// switch is over the message, and every clause otherwise.
func (w *pathWalk) typeSwitch(s *ast.TypeSwitchStmt, ps []path) []path {
	var operand ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		operand = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			operand = a.Rhs[0]
		}
	}
	ta, ok := ast.Unparen(operand).(*ast.TypeAssertExpr)
	if !ok {
		w.ok = false
		return nil
	}
	if w.isMsg(ta.X) {
		var def *ast.CaseClause
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			if cc.List == nil {
				def = cc
				continue
			}
			for _, e := range cc.List {
				if t := w.info.TypeOf(e); t != nil && w.matches(t) {
					w.clause = cc
					out, broken := w.blockBreaks(cc.Body, ps)
					return append(out, broken...)
				}
			}
		}
		if def != nil {
			w.clause = def
			out, broken := w.blockBreaks(def.Body, ps)
			return append(out, broken...)
		}
		return ps
	}
	return w.clauses(s.Body, ps)
}

// exprSwitch takes every clause whose cases are not all known to differ
// from the tag; without a default, the paths may also take none.
func (w *pathWalk) exprSwitch(s *ast.SwitchStmt, ps []path) []path {
	if s.Tag != nil {
		for _, p := range ps {
			w.unsettle(s.Tag, []path{p})
		}
	}
	return w.clauses(s.Body, ps)
}

func (w *pathWalk) clauses(body *ast.BlockStmt, ps []path) []path {
	var out []path
	hasDefault := false
	for _, c := range body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			hasDefault = true
		}
		for _, b := range cc.Body {
			if br, ok := b.(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				w.ok = false
				return nil
			}
		}
		o, broken := w.blockBreaks(cc.Body, copies(ps))
		out = append(out, o...)
		out = append(out, broken...)
	}
	if !hasDefault {
		out = append(out, ps...)
	}
	return out
}

// loop walks a loop body that runs any number of times: the variables it
// assigns are unknown in it and after it.
func (w *pathWalk) loop(body *ast.BlockStmt, ps []path) []path {
	assigned := w.assignedIn(body)
	for _, p := range ps {
		for _, v := range assigned {
			p[v] = values.Value{}
		}
	}
	// The returns in the body are recorded; the paths that run it to its
	// end, break or continue go on as after any number of runs.
	w.blockBreaks(body.List, copies(ps))
	return ps
}

// assignedIn returns the tracked variables assigned in n.
func (w *pathWalk) assignedIn(n ast.Node) []*types.Var {
	var vs []*types.Var
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v := w.lhsVar(id); v != nil {
						vs = append(vs, v)
					}
				}
			}
		case *ast.RangeStmt:
			for _, l := range []ast.Expr{m.Key, m.Value} {
				if id, ok := l.(*ast.Ident); ok {
					if v := w.lhsVar(id); v != nil {
						vs = append(vs, v)
					}
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(m.X).(*ast.Ident); ok {
				if v := w.lhsVar(id); v != nil {
					vs = append(vs, v)
				}
			}
		}
		return true
	})
	return vs
}

func (w *pathWalk) lhsVar(id *ast.Ident) *types.Var {
	if v, ok := w.info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := w.info.Uses[id].(*types.Var)
	return v
}

// unsettle makes unknown, on each path, the variables n assigns in ways the
// walk does not follow (an increment, an assignment in a closure).
func (w *pathWalk) unsettle(n ast.Node, ps []path) {
	for _, v := range w.assignedIn(n) {
		for _, p := range ps {
			p[v] = values.Value{}
		}
	}
}

// assign follows an assignment on each path. A type assertion on the
// message, v, ok := m.(T), sets ok to whether the dynamic type is T.
func (w *pathWalk) assign(s *ast.AssignStmt, ps []path) []path {
	if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
		if ta, ok := ast.Unparen(s.Rhs[0]).(*ast.TypeAssertExpr); ok && w.isMsg(ta.X) && ta.Type != nil {
			if id, ok := ast.Unparen(s.Lhs[1]).(*ast.Ident); ok {
				if v := w.lhsVar(id); v != nil {
					val := values.Value{}
					if t := w.info.TypeOf(ta.Type); t != nil {
						val = boolValue(w.matches(t))
					}
					for _, p := range ps {
						w.set(p, v, val)
						if first, ok := ast.Unparen(s.Lhs[0]).(*ast.Ident); ok {
							if fv := w.lhsVar(first); fv != nil {
								w.set(p, fv, values.Value{})
							}
						}
					}
					return ps
				}
			}
		}
	}
	for _, p := range ps {
		vals := make([]values.Value, len(s.Lhs))
		if len(s.Lhs) == len(s.Rhs) && (s.Tok == token.ASSIGN || s.Tok == token.DEFINE) {
			for i, r := range s.Rhs {
				vals[i] = w.eval(p, r)
			}
		}
		for i, l := range s.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok {
				if v := w.lhsVar(id); v != nil {
					w.set(p, v, values.As(vals[i], v.Type()))
				}
			}
		}
		w.unsettle(&ast.BlockStmt{List: exprStmts(s.Rhs)}, []path{p})
	}
	return ps
}

func exprStmts(es []ast.Expr) []ast.Stmt {
	var out []ast.Stmt
	for _, e := range es {
		out = append(out, &ast.ExprStmt{X: e})
	}
	return out
}

// declare follows a var declaration on each path.
func (w *pathWalk) declare(s *ast.DeclStmt, ps []path) []path {
	gd, ok := s.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return ps
	}
	for _, spec := range gd.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, p := range ps {
			for i, name := range vs.Names {
				v, _ := w.info.Defs[name].(*types.Var)
				if v == nil {
					continue
				}
				switch {
				case len(vs.Values) == 0:
					w.set(p, v, w.ev.Zero(v.Type()))
				case len(vs.Values) == len(vs.Names):
					w.set(p, v, values.As(w.eval(p, vs.Values[i]), v.Type()))
				default:
					w.set(p, v, values.Value{})
				}
			}
		}
	}
	return ps
}

// set records v's value on p, for a variable the walk can track.
func (w *pathWalk) set(p path, v *types.Var, val values.Value) {
	if w.ev.Tracked(v) {
		p[v] = val
	} else {
		p[v] = values.Value{}
	}
}

func boolValue(b bool) values.Value {
	return values.Value{Kind: values.Const, Const: constant.MakeBool(b)}
}

// isMsg reports whether e is the message parameter.
func (w *pathWalk) isMsg(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && w.info.Uses[id] == w.msg && w.ev.Index.Fixed(w.msg)
}

// matches reports whether a value of the walk's dynamic type matches the
// type t of a case or assertion.
func (w *pathWalk) matches(t types.Type) bool {
	if types.IsInterface(t) {
		return types.Implements(w.typ, t.Underlying().(*types.Interface))
	}
	return types.Identical(w.typ, t)
}

func copies(ps []path) []path {
	out := make([]path, len(ps))
	for i, p := range ps {
		out[i] = maps.Clone(p)
	}
	return out
}
