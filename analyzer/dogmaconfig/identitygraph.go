package dogmaconfig

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// fnGraph is one function the analysis walks.
type fnGraph struct {
	fn          *types.Func
	decl        *ast.FuncDecl
	g           *cfg.CFG
	configurers map[*types.Var]bool
	consts      map[*types.Var]string
	// fixed holds the parameters that this call binds to a constant or
	// nil: a branch on one of them is decided by the caller, which this
	// analysis does not evaluate.
	fixed    map[*types.Var]bool
	params   map[*types.Var]bool
	inits    map[*types.Var]ast.Expr // single-definition locals
	loopVars map[*types.Var]bool
	// mutated holds the variables whose fields or elements the function
	// assigns, or that it calls pointer methods on.
	mutated map[*types.Var]bool

	events [][][]event // per block, per node
	// decisions holds, for a block with two successors, its branching
	// statement (0 when none) and atom.
	decisions map[int32]*decision
	// reach: from the block's entry, some path reaches an event that
	// calls Identity; reachRet: reaches a return.
	reach, reachRet []bool
	// loopy: the block is in a cycle that can call Identity.
	loopy []bool
	// back holds the back edges, as from<<32|to.
	back map[int64]bool
	// known counts of loops, by header block: -1 unknown.
	trips map[int32]int
	// clauses maps case and comm clauses to their statements.
	clauses map[ast.Node]ast.Stmt
	inCycle []bool
}

type decision struct {
	site int
	atom *atom
	neg  bool // the atom is the negation of the condition
	// constant: the condition's value is known.
	constant, value bool
	loop            bool
	// fixed: the condition reads a parameter bound to a constant (see
	// fnGraph.fixed); a path through it proves nothing.
	fixed bool
}

type eventKind int

type event struct {
	kind eventKind
	call *ast.CallExpr
	g    *fnGraph // the helper of evHelper, the function of evIdentity
	n    int      // evCount
}

// graph builds (once) the graph of fn.
func (p *pathAnalysis) graph(fn *types.Func, decl *ast.FuncDecl, configurers map[*types.Var]bool, consts map[*types.Var]string, fixed map[*types.Var]bool) *fnGraph {
	for _, f := range p.stack {
		if f == fn {
			p.failed = true
			return nil
		}
	}
	if len(p.stack) >= maxDepth || p.graphs >= maxGraphs {
		p.failed = true
		return nil
	}
	p.graphs++
	p.stack = append(p.stack, fn)
	defer func() { p.stack = p.stack[:len(p.stack)-1] }()

	g := &fnGraph{
		fn:          fn,
		decl:        decl,
		g:           cfg.New(decl.Body, p.x.oracle().MayReturn),
		configurers: configurers,
		consts:      consts,
		fixed:       fixed,
		params:      map[*types.Var]bool{},
		inits:       map[*types.Var]ast.Expr{},
		mutated:     map[*types.Var]bool{},
		loopVars:    map[*types.Var]bool{},
		decisions:   map[int32]*decision{},
		trips:       map[int32]int{},
		clauses:     map[ast.Node]ast.Stmt{},
	}
	if len(p.stack) > 1 {
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			g.params[sig.Params().At(i)] = true
		}
	}
	p.index(g)
	n := len(g.g.Blocks)
	g.events = make([][][]event, n)
	for _, b := range g.g.Blocks {
		if !b.Live {
			continue
		}
		g.events[b.Index] = make([][]event, len(b.Nodes))
		for i, node := range b.Nodes {
			g.events[b.Index][i] = p.collect(g, node)
			if p.failed {
				return nil
			}
		}
	}
	for _, b := range g.g.Blocks {
		if b.Live && len(b.Succs) == 2 {
			g.decisions[b.Index] = p.decide(g, b)
		}
	}
	p.flow(g)
	return g
}

// index records the declarations of locals and the statements of clauses.
func (p *pathAnalysis) index(g *fnGraph) {
	info := p.x.info
	defs := map[*types.Var]int{}
	ast.Inspect(g.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			for _, c := range n.Body.List {
				g.clauses[c] = n
			}
		case *ast.TypeSwitchStmt:
			for _, c := range n.Body.List {
				g.clauses[c] = n
			}
		case *ast.SelectStmt:
			for _, c := range n.Body.List {
				g.clauses[c] = n
			}
		case *ast.IncDecStmt:
			if v := values.BaseVar(info, n.X); v != nil {
				g.mutated[v] = true
			}
		case *ast.CallExpr:
			// A pointer method called on an addressable value.
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					if _, ptr := s.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
						if v := values.BaseVar(info, sel.X); v != nil {
							g.mutated[v] = true
						}
					}
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if _, ok := ast.Unparen(l).(*ast.Ident); !ok {
					if v := values.BaseVar(info, l); v != nil {
						g.mutated[v] = true
					}
				}
			}
			if n.Tok == token.DEFINE {
				for i, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						if v, ok := info.Defs[id].(*types.Var); ok {
							defs[v]++
							if len(n.Lhs) == len(n.Rhs) {
								g.inits[v] = n.Rhs[i]
							}
						}
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if v, ok := info.Defs[id].(*types.Var); ok {
					defs[v]++
					if len(n.Names) == len(n.Values) {
						g.inits[v] = n.Values[i]
					}
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					if v, ok := info.Defs[id].(*types.Var); ok {
						g.loopVars[v] = true
					}
				}
			}
		case *ast.ForStmt:
			if a, ok := n.Init.(*ast.AssignStmt); ok {
				for _, l := range a.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						if v, ok := info.Defs[id].(*types.Var); ok {
							g.loopVars[v] = true
						}
					}
				}
			}
		}
		return true
	})
	for v, n := range defs {
		if n != 1 {
			delete(g.inits, v)
		}
	}
}

// isConfigurer reports whether e denotes a variable holding the configurer.
func (g *fnGraph) isConfigurer(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && g.configurers[v]
}

// collect returns the events of one node of the graph, in evaluation
// order, and fails the analysis where the configurer goes somewhere it
// cannot follow.
func (p *pathAnalysis) collect(g *fnGraph, node ast.Node) []event {
	info := p.x.info
	var out []event
	switch n := node.(type) {
	case *ast.DeferStmt, *ast.GoStmt:
		if p.mentions(g, n) {
			p.failed = true
		}
		return nil
	case *ast.AssignStmt:
		// A new variable holding the configurer is an alias of it.
		if n.Tok == token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 && g.isConfigurer(info, n.Rhs[0]) {
			if id, ok := n.Lhs[0].(*ast.Ident); ok {
				if v, ok := info.Defs[id].(*types.Var); ok && !p.x.isEscaped(v) && !p.x.isReassigned(v) {
					g.configurers[v] = true
					return nil
				}
			}
			p.failed = true
			return nil
		}
	}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(m ast.Node) bool {
			if p.failed {
				return false
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				if p.mentions(g, m) {
					p.failed = true
				}
				return false
			case *ast.CallExpr:
				evs := p.callEvents(g, m, visit)
				out = append(out, evs...)
				return false
			case *ast.Ident:
				if v, ok := info.Uses[m].(*types.Var); ok && g.configurers[v] {
					// The configurer flows somewhere not followed.
					p.failed = true
				}
			}
			return true
		})
	}
	visit(node)
	return out
}

// callEvents returns the events of a call, after those of its operands.
func (p *pathAnalysis) callEvents(g *fnGraph, call *ast.CallExpr, visit func(ast.Node)) []event {
	x := p.x
	var out []event
	fun := ast.Unparen(call.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok && g.isConfigurer(x.info, sel.X) {
		s, ok := x.info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal || s.Obj().Pkg() != x.api.Pkg {
			p.failed = true
			return nil
		}
		for _, a := range call.Args {
			visit(a)
		}
		switch sel.Sel.Name {
		case "Identity":
			out = append(out, event{kind: evIdentity, call: call, g: g})
		case "Disable":
			out = append(out, event{kind: evDisable, call: call})
		}
		return out
	}
	passes := false
	for _, a := range call.Args {
		if g.isConfigurer(x.info, a) {
			passes = true
		}
	}
	visit(call.Fun)
	for _, a := range call.Args {
		if !g.isConfigurer(x.info, a) {
			visit(a)
		}
	}
	if !passes || p.failed {
		return nil
	}
	fn, recvNamed := x.staticCallee(call)
	if fn == nil || call.Ellipsis.IsValid() {
		p.failed = true
		return nil
	}
	decl := x.decls[fn.Origin()]
	if decl == nil {
		// The Configure method of a handler of another package, as the
		// walk merges it: its number of Identity calls, when known.
		if fn.Name() == "Configure" && !p.app && len(call.Args) == 1 && recvNamed != nil {
			if sum := x.handlerSummary(recvNamed.Origin().Obj()); sum != nil && sum.IdentitiesComplete && len(sum.Delegates) == 0 && len(sum.IdentitySkips) == 0 {
				return []event{{kind: evCount, call: call, n: len(sum.Identities)}}
			}
		}
		p.failed = true
		return nil
	}
	if decl.Body == nil {
		p.failed = true
		return nil
	}
	sig := fn.Origin().Type().(*types.Signature)
	if sig.Variadic() || sig.Params().Len() != len(call.Args) {
		p.failed = true
		return nil
	}
	configurers := map[*types.Var]bool{}
	consts := map[*types.Var]string{}
	fixed := map[*types.Var]bool{}
	for i, a := range call.Args {
		prm := sig.Params().At(i)
		if tv, ok := x.info.Types[a]; ok && (tv.Value != nil || tv.IsNil()) || p.readsFixed(g, a) {
			fixed[prm] = true
		}
		if g.isConfigurer(x.info, a) {
			if !x.api.IsConfigurer(prm.Type()) || !types.Identical(prm.Type(), x.typeOf(a)) || x.isEscaped(prm) || x.isReassigned(prm) {
				p.failed = true
				return nil
			}
			configurers[prm] = true
			continue
		}
		if s, ok := x.evalString(&frame{consts: g.consts}, a); ok && !x.isReassigned(prm) && !x.isEscaped(prm) {
			consts[prm] = s
		}
	}
	if len(configurers) == 0 {
		p.failed = true
		return nil
	}
	h := p.graph(fn.Origin(), decl, configurers, consts, fixed)
	if h == nil {
		p.failed = true
		return nil
	}
	return []event{{kind: evHelper, call: call, g: h}}
}

// mentions reports whether the configurer appears in n.
func (p *pathAnalysis) mentions(g *fnGraph, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			if v, ok := p.x.info.Uses[id].(*types.Var); ok && g.configurers[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// affects reports whether some event of g may call Identity.
func (p *pathAnalysis) affects(g *fnGraph) bool {
	for _, r := range g.reach {
		if r {
			return true
		}
	}
	return false
}

func (p *pathAnalysis) eventAffects(e event) bool {
	switch e.kind {
	case evIdentity:
		return true
	case evHelper:
		return p.affects(e.g)
	case evCount:
		return e.n > 0
	}
	return false
}

// flow computes reach, reachRet, back edges, cycles and loop counts of g.
func (p *pathAnalysis) flow(g *fnGraph) {
	blocks := g.g.Blocks
	n := len(blocks)
	g.reach = make([]bool, n)
	g.reachRet = make([]bool, n)
	own := make([]bool, n)
	for _, b := range blocks {
		if !b.Live {
			continue
		}
		for _, evs := range g.events[b.Index] {
			for _, e := range evs {
				if p.eventAffects(e) {
					own[b.Index] = true
				}
			}
		}
		g.reach[b.Index] = own[b.Index]
		g.reachRet[b.Index] = isReturnBlock(b)
	}
	for changed := true; changed; {
		changed = false
		for _, b := range blocks {
			for _, s := range b.Succs {
				if g.reach[s.Index] && !g.reach[b.Index] {
					g.reach[b.Index], changed = true, true
				}
				if g.reachRet[s.Index] && !g.reachRet[b.Index] {
					g.reachRet[b.Index], changed = true, true
				}
			}
		}
	}

	// Back edges: edges to a block on the depth-first stack.
	g.back = map[int64]bool{}
	state := make([]int8, n) // 0 new, 1 on stack, 2 done
	var dfs func(b *cfg.Block)
	dfs = func(b *cfg.Block) {
		state[b.Index] = 1
		for _, s := range b.Succs {
			switch state[s.Index] {
			case 0:
				dfs(s)
			case 1:
				g.back[int64(b.Index)<<32|int64(s.Index)] = true
			}
		}
		state[b.Index] = 2
	}
	dfs(blocks[0])

	// Strongly connected components (Tarjan): a block is loopy when its
	// component is a cycle holding an event that may call Identity.
	index := make([]int, n)
	low := make([]int, n)
	on := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int32
	next := 0
	g.loopy = make([]bool, n)
	g.inCycle = make([]bool, n)
	var strong func(b *cfg.Block)
	strong = func(b *cfg.Block) {
		index[b.Index], low[b.Index] = next, next
		next++
		stack = append(stack, b.Index)
		on[b.Index] = true
		for _, s := range b.Succs {
			if index[s.Index] < 0 {
				strong(s)
				low[b.Index] = min(low[b.Index], low[s.Index])
			} else if on[s.Index] {
				low[b.Index] = min(low[b.Index], index[s.Index])
			}
		}
		if low[b.Index] != index[b.Index] {
			return
		}
		var comp []int32
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			on[top] = false
			comp = append(comp, top)
			if top == b.Index {
				break
			}
		}
		cycle := len(comp) > 1
		if !cycle {
			for _, s := range b.Succs {
				if s.Index == b.Index {
					cycle = true
				}
			}
		}
		if !cycle {
			return
		}
		calls := false
		for _, i := range comp {
			calls = calls || own[i]
			g.inCycle[i] = true
		}
		for _, i := range comp {
			g.loopy[i] = calls
		}
	}
	strong(blocks[0])

	for _, b := range blocks {
		d := g.decisions[b.Index]
		if d == nil {
			continue
		}
		if d.loop {
			g.trips[b.Index] = p.tripCount(g, p.siteList[d.site-1].stmt)
		}
		if d.atom != nil && (g.inCycle[b.Index] || len(g.params) > 0) {
			d.atom.inCycle = true
		}
	}
}

// isReturnBlock reports whether b ends in a return statement (cfg makes
// the fall off the end of a body one).
func isReturnBlock(b *cfg.Block) bool {
	if !b.Live || len(b.Succs) != 0 || len(b.Nodes) == 0 {
		return false
	}
	_, ok := b.Nodes[len(b.Nodes)-1].(*ast.ReturnStmt)
	return ok
}

// decide describes the decision that ends block b.
func (p *pathAnalysis) decide(g *fnGraph, b *cfg.Block) *decision {
	info := p.x.info
	then := b.Succs[0]
	var stmt ast.Stmt
	switch then.Kind {
	case cfg.KindIfThen, cfg.KindForBody, cfg.KindRangeBody:
		stmt = then.Stmt
	case cfg.KindSwitchCaseBody, cfg.KindSelectCaseBody:
		stmt = g.clauses[then.Stmt]
	}
	if stmt == nil {
		return &decision{}
	}
	d := &decision{site: p.site(g, stmt)}
	switch s := stmt.(type) {
	case *ast.IfStmt:
		d.fixed = p.readsFixed(g, s.Cond)
	case *ast.ForStmt:
		d.fixed = p.readsFixed(g, s.Cond)
	case *ast.RangeStmt:
		d.fixed = p.readsFixed(g, s.X)
	case *ast.SwitchStmt:
		d.fixed = p.readsFixed(g, s.Tag) || len(b.Nodes) > 0 && p.readsFixed(g, b.Nodes[len(b.Nodes)-1])
	case *ast.TypeSwitchStmt:
		d.fixed = p.readsFixed(g, s.Assign)
	}
	var cond ast.Expr
	switch s := stmt.(type) {
	case *ast.IfStmt:
		cond = s.Cond
	case *ast.ForStmt:
		d.loop = true
		cond = s.Cond
	case *ast.RangeStmt:
		d.loop = true
		return d
	}
	if cond != nil {
		if tv, ok := info.Types[cond]; ok && tv.Value != nil {
			d.constant, d.value = true, boolConst(tv)
			return d
		}
		if d.loop {
			// A loop condition changes from one iteration to the next:
			// it is not a decision other branches can depend on.
			return d
		}
		d.atom, d.neg = p.atomOf(g, cond)
		d.atom.site = d.site
		return d
	}
	// A case of a switch: the condition is the tag against the case
	// expression (last node of b), or a type.
	switch s := stmt.(type) {
	case *ast.SwitchStmt:
		last, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
		if !ok {
			return d
		}
		if s.Tag == nil {
			if tv, ok := info.Types[last]; ok && tv.Value != nil {
				d.constant, d.value = true, boolConst(tv)
				return d
			}
			d.atom, d.neg = p.atomOf(g, last)
		} else {
			d.atom = p.atomOfParts(g, types.ExprString(s.Tag)+" == "+types.ExprString(last), s.Tag, last)
			if tv, ok := info.Types[last]; ok && tv.Value != nil {
				d.atom.exclusive = true
			}
		}
	case *ast.TypeSwitchStmt:
		var subject ast.Expr
		switch a := s.Assign.(type) {
		case *ast.ExprStmt:
			subject = a.X
		case *ast.AssignStmt:
			if len(a.Rhs) == 1 {
				subject = a.Rhs[0]
			}
		}
		cc, _ := then.Stmt.(*ast.CaseClause)
		if subject == nil || cc == nil {
			return d
		}
		var ts []string
		exclusive := true
		for _, t := range cc.List {
			ts = append(ts, types.ExprString(t))
			if tv, ok := info.Types[t]; !ok || tv.Type == nil || types.IsInterface(tv.Type) {
				exclusive = false
			}
		}
		d.atom = p.atomOfParts(g, types.ExprString(subject)+" is "+strings.Join(ts, ","), subject)
		d.atom.exclusive = exclusive
	default:
		return d
	}
	if d.atom != nil {
		d.atom.site = d.site
	}
	return d
}

// site returns the number of a branching statement.
func (p *pathAnalysis) site(g *fnGraph, s ast.Stmt) int {
	if i, ok := p.sites[s]; ok {
		return i
	}
	word := ""
	switch s.(type) {
	case *ast.IfStmt:
		word = "if statement"
	case *ast.SwitchStmt:
		word = "switch statement"
	case *ast.TypeSwitchStmt:
		word = "type switch"
	case *ast.SelectStmt:
		word = "select statement"
	case *ast.ForStmt:
		word = "for loop"
	case *ast.RangeStmt:
		word = "range loop"
	}
	p.siteList = append(p.siteList, &site{stmt: s, word: word, g: g})
	p.sites[s] = len(p.siteList)
	return len(p.siteList)
}

const (
	evIdentity eventKind = iota
	evDisable
	evHelper
	evCount // a call whose identities are known in number
)

// readsFixed reports whether n reads a parameter of g bound to a constant.
func (p *pathAnalysis) readsFixed(g *fnGraph, n ast.Node) bool {
	if n == nil || len(g.fixed) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			if v, ok := p.x.info.Uses[id].(*types.Var); ok && g.fixed[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// boolConst reports whether tv is the constant true.
func boolConst(tv types.TypeAndValue) bool {
	return tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}
