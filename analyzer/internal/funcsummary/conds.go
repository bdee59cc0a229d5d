package funcsummary

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"
)

// Paths that cannot run are pruned by the conditions they take: a path
// that assumed a condition true cannot later assume it false, until
// something it depends on is assigned. Conditions are side-effect-free
// expressions over local variables that no closure assigns and whose
// address is never taken (assigning one drops what was assumed about it),
// constants, and fields reached from them ("memory": any call or
// assignment through a field or pointer drops what was assumed about it).
// Comparisons with constants, expression switches and type switches over
// such a variable are understood, so that x == 1 and x == 2, or two cases
// of different types, exclude each other.

type factKind uint8

const (
	factBool    factKind = iota // the expression is val
	factEq                      // the operand equals c
	factNe                      // the operand differs from c
	factTypeIn                  // the operand's dynamic type is one of types
	factTypeOut                 // the operand's dynamic type is none of types
)

type fact struct {
	key   string
	kind  factKind
	val   bool
	c     string
	types []string

	vars []*types.Var
	mem  bool
}

func (f fact) String() string {
	s := f.key + "#" + strconv.Itoa(int(f.kind))
	switch f.kind {
	case factBool:
		s += strconv.FormatBool(f.val)
	case factEq, factNe:
		s += f.c
	default:
		s += strings.Join(f.types, ",")
	}
	return s
}

// addFact adds f to facts (a new slice), or reports that f contradicts
// them.
func addFact(facts []fact, f fact) ([]fact, bool) {
	out := make([]fact, 0, len(facts)+1)
	for _, g := range facts {
		if g.key != f.key {
			out = append(out, g)
			continue
		}
		switch {
		case f.kind == factBool && g.kind == factBool:
			if f.val != g.val {
				return nil, false
			}
			return facts, true
		case f.kind == factEq && g.kind == factEq:
			if f.c != g.c {
				return nil, false
			}
			return facts, true
		case f.kind == factEq && g.kind == factNe, f.kind == factNe && g.kind == factEq:
			if f.c == g.c {
				return nil, false
			}
			out = append(out, g)
		case f.kind == factNe && g.kind == factNe:
			if f.c == g.c {
				return facts, true
			}
			out = append(out, g)
		case f.kind == factTypeIn && g.kind == factTypeIn:
			f.types = intersect(f.types, g.types)
			if len(f.types) == 0 {
				return nil, false
			}
		case f.kind == factTypeIn && g.kind == factTypeOut:
			if len(minus(f.types, g.types)) == 0 {
				return nil, false
			}
			out = append(out, g)
		case f.kind == factTypeOut && g.kind == factTypeIn:
			if len(minus(g.types, f.types)) == 0 {
				return nil, false
			}
			out = append(out, g)
		case f.kind == factTypeOut && g.kind == factTypeOut:
			f.types = union(f.types, g.types)
		default:
			out = append(out, g)
		}
	}
	out = append(out, f)
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, true
}

func intersect(a, b []string) []string {
	var out []string
	for _, s := range a {
		if slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// conds knows, for one function body, which variables conditions may
// depend on and which switch each case belongs to.
type conds struct {
	info *types.Info
	body *ast.BlockStmt
	// unstable holds local variables assigned by a closure, whose address
	// is taken, or that a range statement assigns: nothing is assumed
	// about them.
	unstable map[*types.Var]bool
	// assignedAnywhere holds the variables assigned anywhere in the body.
	assignedAnywhere map[*types.Var]bool
	// caseTag maps the case expressions of expression switches to the
	// switch's tag.
	caseTag map[ast.Expr]ast.Expr
	// typeCase maps the clauses of type switches to their switch.
	typeCase map[*ast.CaseClause]*ast.TypeSwitchStmt
	// isScope reports whether an expression is the scope variable.
	isScope func(ast.Expr) bool
	// params are the function's parameters.
	params []*types.Var
	// tested counts the conditions testing each fact key (countTests).
	tested map[string]int
	// kills caches what each node assigns.
	kills map[ast.Node]kill
}

type kill struct {
	vars []*types.Var
	mem  bool
}

func newConds(info *types.Info, body *ast.BlockStmt) *conds {
	c := &conds{
		info: info, body: body,
		unstable:         map[*types.Var]bool{},
		assignedAnywhere: map[*types.Var]bool{},
		caseTag:          map[ast.Expr]ast.Expr{},
		typeCase:         map[*ast.CaseClause]*ast.TypeSwitchStmt{},
		kills:            map[ast.Node]kill{},
		tested:           map[string]int{},
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			// Whatever a closure assigns may change at any call.
			ast.Inspect(n.Body, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.AssignStmt:
					for _, l := range m.Lhs {
						c.markUnstable(l)
					}
				case *ast.IncDecStmt:
					c.markUnstable(m.X)
				}
				return true
			})
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v, ok := c.obj(id).(*types.Var); ok {
						c.assignedAnywhere[v] = true
					}
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if v, ok := c.obj(id).(*types.Var); ok {
					c.assignedAnywhere[v] = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				c.markUnstable(n.X)
			}
		case *ast.SelectorExpr:
			// x.M() with a pointer receiver takes x's address.
			if s := info.Selections[n]; s != nil && s.Kind() == types.MethodVal {
				if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
						c.markUnstable(n.X)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				c.markUnstable(n.Key)
			}
			if n.Value != nil {
				c.markUnstable(n.Value)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, cl := range n.Body.List {
					for _, e := range cl.(*ast.CaseClause).List {
						c.caseTag[e] = n.Tag
					}
				}
			}
		case *ast.TypeSwitchStmt:
			for _, cl := range n.Body.List {
				c.typeCase[cl.(*ast.CaseClause)] = n
			}
		}
		return true
	})
	return c
}

// markUnstable marks the variable at the root of e.
func (c *conds) markUnstable(e ast.Expr) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := c.obj(x).(*types.Var); ok {
				c.unstable[v] = true
			}
			return
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return
		}
	}
}

func (c *conds) obj(id *ast.Ident) types.Object {
	if o := c.info.Uses[id]; o != nil {
		return o
	}
	return c.info.Defs[id]
}

// kill drops the facts that node n may falsify.
func (c *conds) kill(facts []fact, n ast.Node) []fact {
	k, ok := c.kills[n]
	if !ok {
		k = c.assigned(n)
		c.kills[n] = k
	}
	if len(k.vars) == 0 && !k.mem {
		return facts
	}
	var out []fact
	for _, f := range facts {
		drop := f.mem && k.mem
		for _, v := range f.vars {
			if slices.Contains(k.vars, v) {
				drop = true
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// assigned finds the variables n assigns and whether it may change memory:
// through a field, an element or a pointer, or by calling a function.
func (c *conds) assigned(n ast.Node) kill {
	var k kill
	lhs := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := c.obj(id).(*types.Var); ok {
				k.vars = append(k.vars, v)
			}
			return
		}
		k.mem = true
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				lhs(l)
			}
		case *ast.IncDecStmt:
			lhs(n.X)
		case *ast.ValueSpec:
			for _, name := range n.Names {
				lhs(name)
			}
		case *ast.CallExpr:
			// The scope's methods change nothing the handler can read.
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !c.pure(n) && (!ok || c.isScope == nil || !c.isScope(sel.X)) {
				k.mem = true
			}
		}
		return true
	})
	return k
}

// pure reports whether a call cannot change memory: a conversion, or a
// builtin that only reads.
func (c *conds) pure(call *ast.CallExpr) bool {
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
		}
	}
	return false
}

// assume adds to facts that cond is val, or reports that the path cannot
// take that branch.
func (c *conds) assume(facts []fact, cond ast.Expr, val bool) ([]fact, bool) {
	f, ok, feasible := c.factOf(cond, val)
	if !feasible {
		return nil, false
	}
	if !ok {
		return facts, true
	}
	kept, feasible := addFact(facts, f)
	if !feasible {
		return nil, false
	}
	if !c.worthKeeping(f) {
		// Checked against what the path knows, but not remembered.
		return facts, true
	}
	return kept, true
}

// assumeArg is assume for the argument of a helper that ends only when it
// holds: kept whatever the body tests.
func (c *conds) assumeArg(facts []fact, arg ast.Expr, val bool) ([]fact, bool) {
	f, ok, feasible := c.factOf(arg, val)
	if !feasible {
		return nil, false
	}
	if !ok {
		return facts, true
	}
	return addFact(facts, f)
}

// worthKeeping reports whether a path needs to remember f: only a
// condition the body tests more than once can contradict a later one (a
// condition on a parameter is kept too, for EndsOnlyIf). Dropping the
// others keeps the number of path states small.
func (c *conds) worthKeeping(f fact) bool {
	if c.tested[f.key] > 1 {
		return true
	}
	if len(f.vars) == 1 && f.key == c.varKey(f.vars[0]) {
		return slices.Contains(c.params, f.vars[0])
	}
	return false
}

// factOf returns the fact that cond is val; ok is false when cond is not
// understood, feasible false when cond is a constant other than val.
func (c *conds) factOf(cond ast.Expr, val bool) (f fact, ok, feasible bool) {
	if tag, isCase := c.caseTag[cond]; isCase {
		f, ok = c.compare(tag, cond, token.EQL, val)
		return f, ok, true
	}
	cond = ast.Unparen(cond)
	if tv, isConst := c.info.Types[cond]; isConst && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return fact{}, false, constant.BoolVal(tv.Value) == val
	}
	if u, isNot := cond.(*ast.UnaryExpr); isNot && u.Op == token.NOT {
		return c.factOf(u.X, !val)
	}
	if b, isBin := cond.(*ast.BinaryExpr); isBin {
		f, ok = c.compare(b.X, b.Y, b.Op, val)
	} else if isBool(c.info.TypeOf(cond)) {
		var key string
		key, f.vars, f.mem, ok = c.operand(cond)
		f.key, f.kind, f.val = key, factBool, val
	}
	return f, ok, true
}

// countTests counts, per fact key, the conditions of the body that test
// it: those of if and for statements (each operand of && and ||), switch
// cases and type switch subjects.
func (c *conds) countTests() {
	var leaf func(e ast.Expr)
	leaf = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			if x.Op == token.LAND || x.Op == token.LOR {
				leaf(x.X)
				leaf(x.Y)
				return
			}
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				leaf(x.X)
				return
			}
		}
		if f, ok, _ := c.factOf(e, true); ok {
			c.tested[f.key]++
		}
	}
	ast.Inspect(c.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			leaf(n.Cond)
		case *ast.ForStmt:
			if n.Cond != nil {
				leaf(n.Cond)
			}
		case *ast.SwitchStmt:
			for _, cl := range n.Body.List {
				for _, e := range cl.(*ast.CaseClause).List {
					if n.Tag != nil {
						if f, ok, _ := c.factOf(e, true); ok {
							c.tested[f.key]++
						}
					} else {
						leaf(e)
					}
				}
			}
		case *ast.TypeSwitchStmt:
			if key, ok := c.typeSwitchSubject(n); ok {
				c.tested[key]++
			}
		}
		return true
	})
}

// compare is the fact that x op y is val.
func (c *conds) compare(x, y ast.Expr, op token.Token, val bool) (fact, bool) {
	switch op {
	case token.NEQ:
		op, val = token.EQL, !val
	case token.GEQ:
		op, val = token.LSS, !val
	case token.GTR:
		x, y, op = y, x, token.LSS
	case token.LEQ:
		x, y, op, val = y, x, token.LSS, !val
	}
	if op != token.EQL && op != token.LSS {
		return fact{}, false
	}
	if op == token.LSS && !ordered(c.info.TypeOf(x)) {
		return fact{}, false // NaN: x < y and x >= y may both be false
	}
	cx, cy := c.constant(x), c.constant(y)
	if cx != nil && cy == nil {
		x, y, cx, cy = y, x, cy, cx
		if op == token.LSS {
			return fact{}, false
		}
	}
	kx, vx, mx, ok := c.operand(x)
	if !ok {
		return fact{}, false
	}
	if op == token.EQL && cy != nil {
		if cy.Kind() == constant.Bool {
			return fact{key: kx, kind: factBool, val: constant.BoolVal(cy) == val, vars: vx, mem: mx}, true
		}
		f := fact{key: kx, kind: factEq, c: cy.ExactString(), vars: vx, mem: mx}
		if !val {
			f.kind = factNe
		}
		return f, true
	}
	ky, vy, my, ok := c.operand(y)
	if !ok {
		return fact{}, false
	}
	name := "lt"
	if op == token.EQL {
		name = "eq"
		if ky < kx {
			kx, ky = ky, kx
		}
	}
	return fact{key: name + "(" + kx + "," + ky + ")", kind: factBool, val: val, vars: append(slices.Clip(vx), vy...), mem: mx || my}, true
}

func (c *conds) constant(e ast.Expr) constant.Value {
	if tv, ok := c.info.Types[e]; ok {
		return tv.Value
	}
	return nil
}

// operand returns a key for a side-effect-free expression, with the local
// variables it reads and whether it reads memory.
func (c *conds) operand(e ast.Expr) (key string, vars []*types.Var, mem, ok bool) {
	e = ast.Unparen(e)
	if v := c.constant(e); v != nil {
		return "c:" + v.ExactString(), nil, false, true
	}
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name == "nil" {
			if _, isNil := c.info.Uses[e].(*types.Nil); isNil {
				return "nil", nil, false, true
			}
		}
		v, isVar := c.info.Uses[e].(*types.Var)
		if !isVar {
			return "", nil, false, false
		}
		k := c.varKey(v)
		if v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return "g:" + k, nil, true, true // a package-level variable
		}
		if !c.local(v) || c.unstable[v] {
			return "", nil, false, false
		}
		return k, []*types.Var{v}, false, true
	case *ast.SelectorExpr:
		s := c.info.Selections[e]
		if s == nil {
			// A qualified identifier: a package-level variable.
			if v, isVar := c.info.Uses[e.Sel].(*types.Var); isVar {
				return "g:" + v.Pkg().Path() + "." + v.Name(), nil, true, true
			}
			return "", nil, false, false
		}
		if s.Kind() != types.FieldVal {
			return "", nil, false, false
		}
		k, vs, _, ok := c.operand(e.X)
		return k + "." + e.Sel.Name, vs, true, ok
	case *ast.StarExpr:
		k, vs, _, ok := c.operand(e.X)
		return "*" + k, vs, true, ok
	}
	return "", nil, false, false
}

// varKey is the key of a variable operand.
func (c *conds) varKey(v *types.Var) string {
	return v.Name() + "@" + strconv.Itoa(int(v.Pos()))
}

// local reports whether v is declared in the function body or its
// signature (parameters precede the body).
func (c *conds) local(v *types.Var) bool {
	return v.Pos() < c.body.End() && v.Parent() != nil && v.Parent().Parent() != nil && v.Parent().Parent() != types.Universe
}

// entered returns what entering b establishes: the case of a type switch
// over a variable (type switches cannot fall through).
func (c *conds) entered(b *cfg.Block) (fact, bool) {
	if c == nil || b.Kind != cfg.KindSwitchCaseBody {
		return fact{}, false
	}
	cc, ok := b.Stmt.(*ast.CaseClause)
	if !ok {
		return fact{}, false
	}
	ts := c.typeCase[cc]
	if ts == nil {
		return fact{}, false
	}
	key, ok := c.typeSwitchSubject(ts)
	if !ok || c.tested[key] < 2 {
		return fact{}, false
	}
	_, vars, _, _ := c.operand(c.subject(ts))
	f := fact{key: key, vars: vars}
	if cc.List != nil {
		f.kind = factTypeIn
		for _, e := range cc.List {
			name, concrete := c.caseType(e)
			if !concrete {
				return fact{}, false
			}
			f.types = union(f.types, []string{name})
		}
		return f, true
	}
	// The default case: none of the concrete types of the other cases.
	f.kind = factTypeOut
	for _, cl := range ts.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			if name, concrete := c.caseType(e); concrete {
				f.types = union(f.types, []string{name})
			}
		}
	}
	if len(f.types) == 0 {
		return fact{}, false
	}
	return f, true
}

// subject returns the expression a type switch switches on.
func (c *conds) subject(ts *ast.TypeSwitchStmt) ast.Expr {
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		if ta, ok := a.X.(*ast.TypeAssertExpr); ok {
			return ta.X
		}
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			if ta, ok := a.Rhs[0].(*ast.TypeAssertExpr); ok {
				return ta.X
			}
		}
	}
	return nil
}

// typeSwitchSubject returns the key of the variable a type switch switches
// on, when facts about it can be kept.
func (c *conds) typeSwitchSubject(ts *ast.TypeSwitchStmt) (string, bool) {
	e := c.subject(ts)
	if e == nil {
		return "", false
	}
	key, _, mem, ok := c.operand(e)
	return key, ok && !mem
}

// caseType names a type switch case's type, or "nil"; concrete is false
// for an interface type, which many dynamic types match.
func (c *conds) caseType(e ast.Expr) (string, bool) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name == "nil" {
		if _, isNil := c.info.Uses[id].(*types.Nil); isNil {
			return "nil", true
		}
	}
	t := c.info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return "", false
	}
	return types.TypeString(t, nil), true
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

func ordered(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}
