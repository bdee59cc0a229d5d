package dogmaconfig

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// atom is the condition of one branch decision, without negation.
type atom struct {
	text   string
	roots  map[string]bool
	wild   bool // may depend on anything: a call, a parameter of a helper
	stable bool // the same value wherever it is evaluated in one call
	// tracked is set when another decision may depend on this one, so
	// that states record it.
	tracked bool
	// exclusive is set for a case of a switch that no other case of the
	// same switch can also match: a constant, or a concrete type.
	exclusive bool
	site      int
	id        int
	inCycle   bool
}

// atomOf returns the atom of a condition, stripped of negations.
func (p *pathAnalysis) atomOf(g *fnGraph, e ast.Expr) (*atom, bool) {
	neg := false
	for {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			neg = !neg
			e = u.X
			continue
		}
		break
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.NEQ {
		return p.atomOfParts(g, types.ExprString(b.X)+" == "+types.ExprString(b.Y), b.X, b.Y), !neg
	}
	return p.atomOfParts(g, types.ExprString(e), e), neg
}

func (p *pathAnalysis) atomOfParts(g *fnGraph, text string, parts ...ast.Expr) *atom {
	a := &atom{text: text, roots: map[string]bool{}, stable: true, id: len(p.atoms)}
	p.atoms = append(p.atoms, a)
	for _, e := range parts {
		p.roots(g, e, a, 0)
	}
	if a.wild {
		a.stable = false
	}
	return a
}

// roots adds to a what e depends on.
func (p *pathAnalysis) roots(g *fnGraph, e ast.Expr, a *atom, depth int) {
	info := p.x.info
	if depth > 8 {
		a.wild = true
		return
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Var:
			p.varRoots(g, obj, a, depth)
		case nil, *types.Const, *types.Nil, *types.TypeName, *types.PkgName, *types.Builtin:
		default:
			a.wild = true
		}
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() != types.FieldVal {
				a.wild = true
				return
			}
			if path, base, indirect := fieldPath(info, e); base != nil {
				// The field, not the whole variable: h.on and h.off are
				// independent. A field reached through a pointer may be
				// changed by any call; one of a variable the function
				// assigns to or calls pointer methods on, by that.
				a.roots[path] = true
				if indirect || g.mutated[base] || p.x.isEscaped(base) || p.x.isReassigned(base) || g.params[base] || g.loopVars[base] {
					a.stable = false
				}
				return
			}
			p.roots(g, e.X, a, depth+1)
			return
		}
		// A qualified identifier.
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			p.varRoots(g, v, a, depth)
		} else if _, ok := info.Uses[e.Sel].(*types.Const); !ok {
			a.wild = true
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			p.roots(g, e.Args[0], a, depth+1)
			return
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				for _, arg := range e.Args {
					p.roots(g, arg, a, depth+1)
				}
				return
			}
		}
		a.wild = true
	case *ast.BinaryExpr:
		p.roots(g, e.X, a, depth+1)
		p.roots(g, e.Y, a, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.ARROW {
			a.wild = true
			return
		}
		p.roots(g, e.X, a, depth+1)
	case *ast.StarExpr:
		p.roots(g, e.X, a, depth+1)
	case *ast.IndexExpr:
		p.roots(g, e.X, a, depth+1)
		p.roots(g, e.Index, a, depth+1)
	case *ast.TypeAssertExpr:
		p.roots(g, e.X, a, depth+1)
	default:
		a.wild = true
	}
}

// varRoots adds variable v to a: a local defined once by a known
// expression also depends on that expression; a parameter of a helper on
// whatever its caller passed.
func (p *pathAnalysis) varRoots(g *fnGraph, v *types.Var, a *atom, depth int) {
	if g.params[v] {
		a.wild = true
		return
	}
	a.roots[varKey(v)] = true
	if p.x.isEscaped(v) || p.x.isReassigned(v) || g.loopVars[v] {
		a.stable = false
	}
	if v.IsField() {
		return
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		// A package-level variable assigned in another package may
		// change at any time.
		if v.Exported() {
			a.stable = false
		}
		return
	}
	if init, ok := g.inits[v]; ok {
		p.roots(g, init, a, depth+1)
	}
}

func varKey(v *types.Var) string {
	if v.Pkg() == nil {
		return v.Name()
	}
	return v.Pkg().Path() + "." + v.Name() + "@" + strconv.Itoa(int(v.Pos()))
}

// fieldPath returns a key for a chain of field selections on a variable,
// such as h.config.legacy, that variable, and whether the chain goes
// through a pointer.
func fieldPath(info *types.Info, e *ast.SelectorExpr) (string, *types.Var, bool) {
	var names []string
	var cur ast.Expr = e
	indirect := false
	for {
		switch c := ast.Unparen(cur).(type) {
		case *ast.SelectorExpr:
			sel, ok := info.Selections[c]
			if !ok || sel.Kind() != types.FieldVal {
				return "", nil, false
			}
			indirect = indirect || sel.Indirect()
			names = append(names, c.Sel.Name)
			cur = c.X
		case *ast.StarExpr:
			indirect = true
			cur = c.X
		case *ast.Ident:
			v, ok := info.Uses[c].(*types.Var)
			if !ok {
				return "", nil, false
			}
			key := varKey(v)
			for i := len(names) - 1; i >= 0; i-- {
				key += "." + names[i]
			}
			return key, v, indirect
		default:
			return "", nil, false
		}
	}
}

// correlated reports whether two atoms may depend on each other.
func correlated(a, b *atom) bool {
	if a == b || a.wild || b.wild || a.text == b.text {
		return true
	}
	for r := range a.roots {
		if b.roots[r] {
			return true
		}
		// A variable and a field of it.
		for s := range b.roots {
			if strings.HasPrefix(s, r+".") || strings.HasPrefix(r, s+".") {
				return true
			}
		}
	}
	return false
}

// markTracked marks the atoms that other decisions may depend on, or that
// may be evaluated more than once on a path: in a loop, or in a helper,
// which may be called more than once.
func (p *pathAnalysis) markTracked() {
	for i, a := range p.atoms {
		if a.inCycle {
			a.tracked = true
			continue
		}
		for j, b := range p.atoms {
			if i != j && correlated(a, b) {
				a.tracked = true
				break
			}
		}
	}
}

// tripCount returns the known number of iterations of a loop, or -1.
func (p *pathAnalysis) tripCount(g *fnGraph, s ast.Stmt) int {
	info := p.x.info
	switch s := s.(type) {
	case *ast.RangeStmt:
		tv, ok := info.Types[s.X]
		if !ok || tv.Type == nil {
			return -1
		}
		if tv.Value != nil {
			if n, ok := constInt(tv); ok {
				return n
			}
			return -1
		}
		switch t := tv.Type.Underlying().(type) {
		case *types.Array:
			return int(t.Len())
		case *types.Pointer:
			if a, ok := t.Elem().Underlying().(*types.Array); ok {
				return int(a.Len())
			}
		case *types.Slice:
			if cl, ok := ast.Unparen(s.X).(*ast.CompositeLit); ok {
				for _, e := range cl.Elts {
					if _, ok := e.(*ast.KeyValueExpr); ok {
						return -1
					}
				}
				return len(cl.Elts)
			}
		}
	case *ast.ForStmt:
		return p.countedFor(g, s)
	}
	return -1
}

// countedFor returns the count of a loop for i := a; i < b; i++ (or <=,
// >, >=, i--) with constant bounds and i assigned nowhere else, or -1.
func (p *pathAnalysis) countedFor(g *fnGraph, s *ast.ForStmt) int {
	info := p.x.info
	init, ok := s.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return -1
	}
	id, ok := init.Lhs[0].(*ast.Ident)
	if !ok {
		return -1
	}
	v, ok := info.Defs[id].(*types.Var)
	if !ok || p.x.isEscaped(v) {
		return -1
	}
	start, ok := constInt(info.Types[init.Rhs[0]])
	if !ok {
		return -1
	}
	cond, ok := ast.Unparen(s.Cond).(*ast.BinaryExpr)
	if !ok {
		return -1
	}
	if l, ok := ast.Unparen(cond.X).(*ast.Ident); !ok || info.Uses[l] != v {
		return -1
	}
	end, ok := constInt(info.Types[cond.Y])
	if !ok {
		return -1
	}
	post, ok := s.Post.(*ast.IncDecStmt)
	if !ok {
		return -1
	}
	if pid, ok := ast.Unparen(post.X).(*ast.Ident); !ok || info.Uses[pid] != v {
		return -1
	}
	// i is changed only by the post statement.
	assigned := false
	ast.Inspect(s.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[lid] == v {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if lid, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[lid] == v {
				assigned = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				assigned = true
			}
		}
		return !assigned
	})
	if assigned {
		return -1
	}
	n := -1
	switch {
	case post.Tok == token.INC && cond.Op == token.LSS:
		n = end - start
	case post.Tok == token.INC && cond.Op == token.LEQ:
		n = end - start + 1
	case post.Tok == token.DEC && cond.Op == token.GTR:
		n = start - end
	case post.Tok == token.DEC && cond.Op == token.GEQ:
		n = start - end + 1
	default:
		return -1
	}
	return max(n, 0)
}

func constInt(tv types.TypeAndValue) (int, bool) {
	if tv.Value == nil {
		return 0, false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return int(v), exact
}
