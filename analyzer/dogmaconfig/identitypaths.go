package dogmaconfig

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
	"github.com/dogmavet/dogmavet/validate"
)

// The identity path analysis follows every path through a Configure method,
// and through the functions of the package it calls with the configurer,
// counting the Identity calls on each. The walk in walk.go knows only what
// happens on every path; this one finds the paths that call Identity never
// (IdentitySkips) or more than once (IdentityRepeats).
//
// It runs on the control-flow graph of each function (go/cfg), with a set
// of abstract path states per block. A path that ends in a call that never
// returns (panic, log.Fatal, os.Exit, a function of the package that never
// returns) does not return from Configure, so it skips nothing.
//
// Precision first: it reports nothing for an entity whose configurer it
// cannot follow everywhere (passed to an unknown function, captured by a
// closure, stored, deferred), nor when the graph is too large. A path is a
// witness only when its branch decisions can all hold together: two
// decisions on conditions that may depend on each other (they share a
// variable or field, or call something) make it unsure, unless they are the
// same condition over values that do not change, which then must agree. A
// repeat is not reported from a path that went round a loop that may call
// Identity, since the loop's count is unknown; a loop whose count is known
// and at least one cannot be skipped.

// IdentitySkipSummary is a statement that lets a path return from
// Configure without calling Identity (see validate.IdentitySkip).
type IdentitySkipSummary struct {
	Stmt      string
	Pos, Exit Posn
}

// IdentityRepeatSummary is an Identity call that a path reaches after
// another (see validate.IdentityRepeat).
type IdentityRepeatSummary struct {
	Identity IdentitySummary
	First    Posn
}

// Limits of the analysis; beyond them it reports nothing.
const (
	maxPathStates = 128   // states at one block
	maxPathSteps  = 20000 // block visits per entity
	maxGraphs     = 256   // function graphs per entity (one per call)
)

// identityPaths analyses decl, the Configure method fn of an application
// (app) or handler.
func (x *extractor) identityPaths(decl *ast.FuncDecl, fn *types.Func, app bool) ([]IdentitySkipSummary, []IdentityRepeatSummary) {
	if decl.Body == nil || fn.Signature().Params().Len() != 1 {
		return nil, nil
	}
	p := &pathAnalysis{
		x:       x,
		app:     app,
		sites:   map[ast.Stmt]int{},
		skips:   map[token.Pos]skipAt{},
		repeats: map[token.Pos]repeatAt{},
	}
	if x.noReturn == nil {
		x.noReturn = noreturn.New(x.info, x.decls)
	}
	param := fn.Signature().Params().At(0)
	if param.Name() == "" || param.Name() == "_" {
		return nil, nil
	}
	if x.isEscaped(param) || x.isReassigned(param) {
		return nil, nil
	}
	root := p.graph(fn, decl, map[*types.Var]bool{param: true}, map[*types.Var]string{})
	if p.failed || root == nil {
		return nil, nil
	}
	if !p.affects(root) {
		// No Identity call anywhere: the walk's finding, at the
		// declaration, says it all.
		return nil, nil
	}
	p.markTracked()
	exits := p.run(root, []pstate{{}}, false)
	if p.failed {
		return nil, nil
	}
	for _, e := range exits {
		s := e.s
		if s.count == 0 && s.skipAt > 0 && !s.unsure && !s.disabled {
			st := p.siteList[s.skipAt-1]
			pos := st.stmt.Pos()
			if prev, ok := p.skips[pos]; !ok || e.exit < prev.exit {
				p.skips[pos] = skipAt{exit: e.exit, word: st.word}
			}
		}
	}
	var spos []token.Pos
	for pos := range p.skips {
		spos = append(spos, pos)
	}
	sort.Slice(spos, func(i, j int) bool { return spos[i] < spos[j] })
	var skips []IdentitySkipSummary
	for _, pos := range spos {
		sk := p.skips[pos]
		skips = append(skips, IdentitySkipSummary{Stmt: sk.word, Pos: x.posn(pos), Exit: x.posn(sk.exit)})
	}
	var rpos []token.Pos
	for pos := range p.repeats {
		rpos = append(rpos, pos)
	}
	sort.Slice(rpos, func(i, j int) bool { return rpos[i] < rpos[j] })
	var repeats []IdentityRepeatSummary
	for _, pos := range rpos {
		r := p.repeats[pos]
		repeats = append(repeats, IdentityRepeatSummary{Identity: r.id, First: x.posn(r.first)})
	}
	return skips, repeats
}

type skipAt struct {
	exit token.Pos
	word string
}

type repeatAt struct {
	id    IdentitySummary
	first token.Pos
}

// pathAnalysis is the analysis of one Configure method.
type pathAnalysis struct {
	x   *extractor
	app bool

	stack  []*types.Func
	graphs int
	atoms  []*atom
	steps  int
	failed bool

	// sites numbers the branching statements, from 1.
	sites    map[ast.Stmt]int
	siteList []*site

	skips   map[token.Pos]skipAt   // statement → first exit
	repeats map[token.Pos]repeatAt // call → earlier call
}

// site is one branching statement.
type site struct {
	stmt ast.Stmt
	word string // as validate.IdentitySkip.Stmt
	g    *fnGraph
}

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

// fnGraph is one function the analysis walks.
type fnGraph struct {
	fn          *types.Func
	decl        *ast.FuncDecl
	g           *cfg.CFG
	configurers map[*types.Var]bool
	consts      map[*types.Var]string
	params      map[*types.Var]bool
	inits       map[*types.Var]ast.Expr // single-definition locals
	loopVars    map[*types.Var]bool

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
}

type eventKind int

const (
	evIdentity eventKind = iota
	evDisable
	evHelper
	evCount // a call whose identities are known in number
)

type event struct {
	kind eventKind
	call *ast.CallExpr
	g    *fnGraph // the helper of evHelper, the function of evIdentity
	n    int      // evCount
}

// pstate is one abstract path state.
type pstate struct {
	count    int8 // Identity calls so far: 0, 1, or 2 for more
	first    token.Pos
	skipAt   int // site of the last decision whose other branch could call Identity
	disabled bool
	unsure   bool
	looped   bool
	fresh    int32  // 1 + the loop header just entered from outside, or 0
	decs     string // tracked decisions, sorted (see formatDecs)
}

type exitState struct {
	s    pstate
	exit token.Pos
}

// graph builds (once) the graph of fn.
func (p *pathAnalysis) graph(fn *types.Func, decl *ast.FuncDecl, configurers map[*types.Var]bool, consts map[*types.Var]string) *fnGraph {
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
		g:           cfg.New(decl.Body, p.x.noReturn.MayReturn),
		configurers: configurers,
		consts:      consts,
		params:      map[*types.Var]bool{},
		inits:       map[*types.Var]ast.Expr{},
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
		case *ast.AssignStmt:
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
		if !ok || s.Kind() != types.MethodVal || s.Obj().Pkg() != x.d.pkg {
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
	for i, a := range call.Args {
		prm := sig.Params().At(i)
		if g.isConfigurer(x.info, a) {
			if !x.d.isConfigurer(prm.Type()) || !types.Identical(prm.Type(), x.typeOf(a)) || x.isEscaped(prm) || x.isReassigned(prm) {
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
	h := p.graph(fn.Origin(), decl, configurers, consts)
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
			if path, base := fieldPath(info, e); base != nil {
				// The field, not the whole variable: h.on and h.off are
				// independent.
				a.roots[path] = true
				if p.x.isEscaped(base) || p.x.isReassigned(base) || g.params[base] || g.loopVars[base] {
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
	return v.Pkg().Path() + "." + v.Name() + "@" + itoa(int(v.Pos()))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// fieldPath returns a key for a chain of field selections on a variable,
// such as h.config.legacy, and that variable.
func fieldPath(info *types.Info, e *ast.SelectorExpr) (string, *types.Var) {
	var names []string
	var cur ast.Expr = e
	for {
		switch c := ast.Unparen(cur).(type) {
		case *ast.SelectorExpr:
			sel, ok := info.Selections[c]
			if !ok || sel.Kind() != types.FieldVal {
				return "", nil
			}
			names = append(names, c.Sel.Name)
			cur = c.X
		case *ast.StarExpr:
			cur = c.X
		case *ast.Ident:
			v, ok := info.Uses[c].(*types.Var)
			if !ok {
				return "", nil
			}
			key := varKey(v)
			for i := len(names) - 1; i >= 0; i-- {
				key += "." + names[i]
			}
			return key, v
		default:
			return "", nil
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

// run walks g from the entry with states in; cont says whether the caller,
// after g returns, may still call Identity. It returns the states at g's
// returns, with their positions.
func (p *pathAnalysis) run(g *fnGraph, in []pstate, cont bool) []exitState {
	blocks := g.g.Blocks
	sets := make([]map[pstate]bool, len(blocks))
	var queue []int32
	queued := make([]bool, len(blocks))
	add := func(b int32, s pstate) {
		if sets[b] == nil {
			sets[b] = map[pstate]bool{}
		}
		if sets[b][s] {
			return
		}
		sets[b][s] = true
		if len(sets[b]) > maxPathStates {
			p.failed = true
		}
		if !queued[b] {
			queued[b] = true
			queue = append(queue, b)
		}
	}
	for _, s := range in {
		add(0, s)
	}
	done := make([]map[pstate]bool, len(blocks))
	var exits []exitState
	exitSeen := map[exitState]bool{}
	for len(queue) > 0 && !p.failed {
		// Lowest block first keeps the walk near source order.
		sort.Slice(queue, func(i, j int) bool { return queue[i] < queue[j] })
		bi := queue[0]
		queue = queue[1:]
		queued[bi] = false
		p.steps++
		if p.steps > maxPathSteps {
			p.failed = true
			break
		}
		b := blocks[bi]
		if done[bi] == nil {
			done[bi] = map[pstate]bool{}
		}
		var states []pstate
		for s := range sets[bi] {
			if !done[bi][s] {
				done[bi][s] = true
				states = append(states, s)
			}
		}
		sortStates(states)
		for i := range b.Nodes {
			after := p.contAfter(g, b, i, cont)
			for _, e := range g.events[bi][i] {
				states = p.apply(e, states, after)
				if p.failed {
					return nil
				}
			}
		}
		switch len(b.Succs) {
		case 0:
			if isReturnBlock(b) {
				pos := b.Nodes[len(b.Nodes)-1].Pos()
				for _, s := range states {
					es := exitState{s: s, exit: pos}
					if !exitSeen[es] {
						exitSeen[es] = true
						exits = append(exits, es)
					}
				}
			}
			// Otherwise the path ends in a call that never returns.
		case 1:
			for _, s := range states {
				add(b.Succs[0].Index, p.edge(g, b, b.Succs[0], s))
			}
		default:
			d := g.decisions[bi]
			for _, s := range states {
				for i, succ := range b.Succs {
					ns, ok := p.branch(g, b, d, i, s, cont)
					if ok {
						add(succ.Index, p.edge(g, b, succ, ns))
					}
				}
			}
		}
	}
	if p.failed {
		return nil
	}
	return exits
}

func sortStates(states []pstate) {
	sort.Slice(states, func(i, j int) bool {
		a, b := states[i], states[j]
		switch {
		case a.count != b.count:
			return a.count < b.count
		case a.first != b.first:
			return a.first < b.first
		case a.skipAt != b.skipAt:
			return a.skipAt < b.skipAt
		case a.decs != b.decs:
			return a.decs < b.decs
		case a.fresh != b.fresh:
			return a.fresh < b.fresh
		}
		return !a.unsure && b.unsure || a.unsure == b.unsure && (!a.looped && b.looped || a.looped == b.looped && !a.disabled && b.disabled)
	})
}

// edge moves s along the edge from b to succ.
func (p *pathAnalysis) edge(g *fnGraph, b, succ *cfg.Block, s pstate) pstate {
	s.fresh = 0
	if g.back[int64(b.Index)<<32|int64(succ.Index)] {
		if g.loopy[succ.Index] {
			s.looped = true
		}
	} else if d := g.decisions[succ.Index]; d != nil && d.loop {
		s.fresh = succ.Index + 1
	}
	return s
}

// branch moves s into successor i of the decision d that ends b; ok is
// false when the path cannot go that way.
func (p *pathAnalysis) branch(g *fnGraph, b *cfg.Block, d *decision, i int, s pstate, cont bool) (pstate, bool) {
	feasible := func(j int) bool {
		if d.constant && (j == 0) != d.value {
			return false
		}
		if d.loop && s.fresh == b.Index+1 {
			switch n := g.trips[b.Index]; {
			case n == 0 && j == 0, n > 0 && j == 1:
				return false
			}
		}
		return true
	}
	if !feasible(i) {
		return s, false
	}
	if s.count == 0 && d.site > 0 {
		for j, alt := range b.Succs {
			if j != i && feasible(j) && (g.reach[alt.Index] || cont && g.reachRet[alt.Index]) {
				s.skipAt = d.site
			}
		}
	}
	a := d.atom
	if a == nil || !a.tracked {
		return s, true
	}
	v := (i == 0) != d.neg
	decs := parseDecs(s.decs)
	for _, prev := range decs {
		other := p.atoms[prev.atom]
		if !correlated(a, other) || a.exclusive && other.exclusive && a.site == other.site && a != other {
			// Cases of one switch that cannot both match are tried in
			// turn: failing one says nothing of the next.
			continue
		}
		if other.text == a.text && a.stable && other.stable {
			if prev.value != v {
				return s, false
			}
			continue
		}
		s.unsure = true
	}
	if !slicesContains(decs, dec{a.id, v}) {
		decs = append(decs, dec{a.id, v})
		sort.Slice(decs, func(i, j int) bool {
			return decs[i].atom < decs[j].atom || decs[i].atom == decs[j].atom && !decs[i].value
		})
	}
	s.decs = formatDecs(decs)
	return s, true
}

// dec is one tracked decision on a path: the atom and its value.
type dec struct {
	atom  int
	value bool
}

func slicesContains(ds []dec, d dec) bool {
	for _, e := range ds {
		if e == d {
			return true
		}
	}
	return false
}

// formatDecs and parseDecs encode decisions as "3t,5f", so that a state
// stays comparable.
func formatDecs(ds []dec) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(itoa(d.atom))
		if d.value {
			b.WriteByte('t')
		} else {
			b.WriteByte('f')
		}
	}
	return b.String()
}

func parseDecs(s string) []dec {
	if s == "" {
		return nil
	}
	var out []dec
	for _, part := range strings.Split(s, ",") {
		n := 0
		for _, c := range part[:len(part)-1] {
			n = n*10 + int(c-'0')
		}
		out = append(out, dec{n, part[len(part)-1] == 't'})
	}
	return out
}

// contAfter reports whether, after node i of b, the path may still call
// Identity: later in b, in a successor, or in the caller once g returns.
func (p *pathAnalysis) contAfter(g *fnGraph, b *cfg.Block, i int, cont bool) bool {
	for _, evs := range g.events[b.Index][i+1:] {
		for _, e := range evs {
			if p.eventAffects(e) {
				return true
			}
		}
	}
	for _, s := range b.Succs {
		if g.reach[s.Index] || cont && g.reachRet[s.Index] {
			return true
		}
	}
	return cont && isReturnBlock(b)
}

// apply applies one event to every state.
func (p *pathAnalysis) apply(e event, states []pstate, cont bool) []pstate {
	switch e.kind {
	case evDisable:
		for i := range states {
			states[i].disabled = true
		}
		return dedupStates(states)
	case evIdentity:
		for i, s := range states {
			if s.count >= 1 && !s.unsure && !s.looped {
				if _, ok := p.repeats[e.call.Pos()]; !ok {
					p.repeats[e.call.Pos()] = repeatAt{id: p.identityAt(e), first: s.first}
				}
			}
			if s.count == 0 {
				states[i].first = e.call.Pos()
			}
			states[i].count = min(s.count+1, 2)
		}
		return dedupStates(states)
	case evCount:
		for i, s := range states {
			states[i].count = int8(min(int(s.count)+e.n, 2))
			if s.count == 0 && e.n > 0 {
				states[i].first = e.call.Pos()
			}
		}
		return dedupStates(states)
	case evHelper:
		exits := p.run(e.g, states, cont)
		var out []pstate
		for _, x := range exits {
			out = append(out, x.s)
		}
		return dedupStates(out)
	}
	return states
}

func (p *pathAnalysis) identityAt(e event) IdentitySummary {
	call := e.call
	id := IdentitySummary{Pos: p.x.posn(call.Pos())}
	if len(call.Args) == 2 {
		f := &frame{consts: e.g.consts}
		id.NamePos, id.KeyPos = p.x.posn(call.Args[0].Pos()), p.x.posn(call.Args[1].Pos())
		id.Name, id.NameKnown = p.x.evalString(f, call.Args[0])
		id.Key, id.KeyKnown = p.x.evalString(f, call.Args[1])
	}
	return id
}

func dedupStates(states []pstate) []pstate {
	seen := map[pstate]bool{}
	var out []pstate
	for _, s := range states {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sortStates(out)
	return out
}

func (x *extractor) identitySkips(ss []IdentitySkipSummary) []validate.IdentitySkip {
	var out []validate.IdentitySkip
	for _, s := range ss {
		out = append(out, validate.IdentitySkip{Stmt: s.Stmt, Pos: x.res.pos(s.Pos), Exit: x.res.pos(s.Exit)})
	}
	return out
}

func (x *extractor) identityRepeats(rs []IdentityRepeatSummary) []validate.IdentityRepeat {
	var out []validate.IdentityRepeat
	for _, r := range rs {
		id := x.identities([]IdentitySummary{r.Identity})[0]
		out = append(out, validate.IdentityRepeat{Identity: id, First: x.res.pos(r.First)})
	}
	return out
}
