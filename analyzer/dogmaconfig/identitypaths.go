package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"

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
	x.oracle()
	param := fn.Signature().Params().At(0)
	if param.Name() == "" || param.Name() == "_" {
		return nil, nil
	}
	if x.isEscaped(param) || x.isReassigned(param) {
		return nil, nil
	}
	root := p.graph(fn, decl, map[*types.Var]bool{param: true}, map[*types.Var]string{}, nil)
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
	sort.Slice(states, func(i, j int) bool { return stateLess(states[i], states[j]) })
}

// stateLess orders states, so that the walk and what it records first do
// not depend on map order.
func stateLess(a, b pstate) bool {
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
	case a.unsure != b.unsure:
		return !a.unsure
	case a.looped != b.looped:
		return !a.looped
	}
	return !a.disabled && b.disabled
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
	if d.fixed {
		s.unsure = true
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
		b.WriteString(strconv.Itoa(d.atom))
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
		n, _ := strconv.Atoi(part[:len(part)-1])
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
		out = append(out, validate.IdentitySkip{Stmt: s.Stmt, Pos: x.res.Pos(s.Pos), Exit: x.res.Pos(s.Exit)})
	}
	return out
}

func (x *extractor) identityRepeats(rs []IdentityRepeatSummary) []validate.IdentityRepeat {
	var out []validate.IdentityRepeat
	for _, r := range rs {
		id := x.identities([]IdentitySummary{r.Identity})[0]
		out = append(out, validate.IdentityRepeat{Identity: id, First: x.res.Pos(r.First)})
	}
	return out
}
