package funcsummary

import (
	"go/ast"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
)

// maxStates bounds the (block, state) pairs explored per function: past it
// the paths are not explored, and the summary claims nothing about the
// order of calls (Unsure).
const maxStates = 4096

type evKind uint8

const (
	evEnd evKind = iota
	evCancel
	evCall
	evDefer
)

// event is one thing a statement does to the scope, in evaluation order.
type event struct {
	kind evKind
	site Site // evEnd, evCancel
	// end is the index in explorer.endSites of an evEnd's site.
	end int
	// param is the summary of a called helper or closure (evCall); ends
	// are the indices of its Ends in explorer.endSites, as reached here.
	param *Param
	step  *Step
	ends  []int
	// args are the arguments of a helper call, for its EndsOnlyIf.
	args []ast.Expr
	// deferred are the events of a deferred call (evDefer), run at return;
	// id identifies the defer statement.
	deferred []event
	id       int
}

// order works out which End() calls reach a return and which calls cancel
// an End(), from the body's control flow.
func (w *walker) order() {
	x := &explorer{w: w}
	if !w.ends {
		// Nothing here ends the process: every cancelling call counts as
		// reached, and only helpers can contribute cancelled Ends.
		st := pstate{end: -1}
		evs := x.events(w.body)
		for _, ev := range evs {
			x.apply(&st, ev)
		}
		x.runDefers(&st)
		return
	}
	g := cfg.New(w.body, w.t.mayReturn)
	x.conds = newConds(w.info, w.body)
	x.conds.isScope = w.isScope
	x.conds.params = w.params
	x.conds.countTests()
	x.explore(g)
}

type explorer struct {
	w        *walker
	conds    *conds
	endSites []Site
	nDefers  int

	cancelSeen, pairSeen map[Posn]bool
	exits, endedExits    int

	// guards are the conditions every ended path assumed so far (see
	// guard); guardsSet once one ended path was seen.
	guards    []Guard
	guardsSet bool
}

// pstate is what a path has established: the first End() on it, the
// deferred calls it registered and the conditions it assumed.
type pstate struct {
	end    int
	defers []*event
	facts  []fact
}

func (s *pstate) key() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(s.end))
	for _, d := range s.defers {
		b.WriteString(",d" + strconv.Itoa(d.id))
	}
	for _, f := range s.facts {
		b.WriteString(";" + f.String())
	}
	return b.String()
}

func (x *explorer) explore(g *cfg.CFG) {
	nodeEvents := make([][][]event, len(g.Blocks))
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		nodeEvents[b.Index] = make([][]event, len(b.Nodes))
		for i, n := range b.Nodes {
			nodeEvents[b.Index][i] = x.events(n)
		}
	}
	type item struct {
		b  *cfg.Block
		st pstate
	}
	seen := map[string]bool{}
	queue := []item{{g.Blocks[0], pstate{end: -1}}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		k := strconv.Itoa(int(it.b.Index)) + "|" + it.st.key()
		if seen[k] {
			continue
		}
		seen[k] = true
		if len(seen) > maxStates {
			x.w.p.Ends, x.w.p.Cancels, x.w.p.Cancelled = nil, nil, nil
			x.w.p.EndsAlways = false
			x.w.p.Unsure = true
			return
		}
		st := it.st
		if f, ok := x.conds.entered(it.b); ok {
			var feasible bool
			if st.facts, feasible = addFact(st.facts, f); !feasible {
				continue
			}
		}
		states := []pstate{st}
		for i, n := range it.b.Nodes {
			for _, ev := range nodeEvents[it.b.Index][i] {
				var next []pstate
				for _, s := range states {
					next = append(next, x.applyFork(s, ev)...)
				}
				states = next
			}
			for k := range states {
				states[k].facts = x.conds.kill(states[k].facts, n)
			}
		}
		for _, st := range states {
			if len(it.b.Succs) == 0 {
				x.exit(it.b, st)
				continue
			}
			var cond ast.Expr
			if len(it.b.Succs) == 2 && len(it.b.Nodes) > 0 {
				cond, _ = it.b.Nodes[len(it.b.Nodes)-1].(ast.Expr)
			}
			for j, s := range it.b.Succs {
				next := st
				if cond != nil {
					feasible := true
					next.facts, feasible = x.conds.assume(st.facts, cond, j == 0)
					if !feasible {
						continue
					}
				}
				queue = append(queue, item{s, next})
			}
		}
	}
	if x.guardsSet {
		x.w.p.EndsOnlyIf = x.guards
	}
	x.w.p.EndsAlways = x.exits > 0 && x.endedExits == x.exits
}

// exit handles a block that leaves the function: a return, the end of the
// body, or a call that never returns (whose path counts for nothing).
func (x *explorer) exit(b *cfg.Block, st pstate) {
	if len(b.Nodes) > 0 {
		if es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt); ok {
			if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && !x.w.t.mayReturn(call) {
				return
			}
		}
	}
	x.runDefers(&st)
	x.exits++
	if st.end >= 0 {
		x.endedExits++
		x.addSite(&x.w.p.Ends, x.endSites[st.end])
		x.guard(st)
	}
}

// guard narrows EndsOnlyIf to the conditions on boolean parameters that
// the ended path st assumed.
func (x *explorer) guard(st pstate) {
	var gs []Guard
	for _, f := range st.facts {
		if f.kind != factBool || f.mem || len(f.vars) != 1 {
			continue
		}
		v := f.vars[0]
		if f.key != x.conds.varKey(v) || x.conds.assignedAnywhere[v] {
			continue
		}
		for i, p := range x.w.params {
			if p == v {
				gs = append(gs, Guard{Param: i, Val: f.val})
			}
		}
	}
	if !x.guardsSet {
		x.guards, x.guardsSet = gs, true
		return
	}
	var keep []Guard
	for _, g := range x.guards {
		if slices.Contains(gs, g) {
			keep = append(keep, g)
		}
	}
	x.guards = keep
}

func (x *explorer) runDefers(st *pstate) {
	defers := st.defers
	st.defers = nil
	for i := len(defers) - 1; i >= 0; i-- {
		for _, ev := range defers[i].deferred {
			x.apply(st, ev)
		}
	}
}

// applyFork applies ev to st. A helper that ends the process only when
// some of its boolean parameters hold splits the path in two: one where
// it ended, and assumed its arguments held, and one where it did not.
func (x *explorer) applyFork(st pstate, ev event) []pstate {
	if ev.kind != evCall || st.end >= 0 || len(ev.ends) == 0 || len(ev.param.EndsOnlyIf) == 0 {
		x.apply(&st, ev)
		return []pstate{st}
	}
	notEnded := st
	x.apply(&notEnded, event{kind: evCall, param: ev.param, step: ev.step})
	ended := notEnded
	feasible := true
	for _, g := range ev.param.EndsOnlyIf {
		if g.Param >= len(ev.args) {
			continue
		}
		ended.facts, feasible = x.conds.assumeArg(ended.facts, ev.args[g.Param], g.Val)
		if !feasible {
			return []pstate{notEnded}
		}
	}
	ended.end = ev.ends[0]
	return []pstate{ended, notEnded}
}

func (x *explorer) apply(st *pstate, ev event) {
	switch ev.kind {
	case evEnd:
		if st.end < 0 {
			st.end = ev.end
		}
	case evCancel:
		x.cancel(st, ev.site)
	case evCall:
		p := ev.param
		for _, c := range p.Cancels {
			x.cancel(st, x.via(ev, c))
		}
		for _, c := range p.Cancelled {
			x.pair(Cancel{End: x.via(ev, c.End), Cancel: x.via(ev, c.Cancel)})
		}
		if st.end < 0 && len(ev.ends) > 0 {
			st.end = ev.ends[0]
		}
		if !p.Complete || p.Unsure {
			x.w.p.Complete = false
		}
	case evDefer:
		st.defers = append(slices.Clip(st.defers), &ev)
	}
}

func (x *explorer) via(ev event, s Site) Site {
	if ev.step == nil {
		return s
	}
	return prefixed(*ev.step, s)
}

func (x *explorer) cancel(st *pstate, s Site) {
	if x.cancelSeen == nil {
		x.cancelSeen = map[Posn]bool{}
	}
	if !x.cancelSeen[s.Pos] {
		x.cancelSeen[s.Pos] = true
		x.w.p.Cancels = append(x.w.p.Cancels, s)
	}
	if st.end >= 0 {
		x.pair(Cancel{End: x.endSites[st.end], Cancel: s})
	}
}

// pair records an End() cancelled by a later call, once per cancelling
// call: the first End() found to reach it.
func (x *explorer) pair(c Cancel) {
	if x.pairSeen == nil {
		x.pairSeen = map[Posn]bool{}
	}
	if !x.pairSeen[c.Cancel.Pos] {
		x.pairSeen[c.Cancel.Pos] = true
		x.w.p.Cancelled = append(x.w.p.Cancelled, c)
	}
}

func (x *explorer) addSite(list *[]Site, s Site) {
	for _, e := range *list {
		if e.Pos == s.Pos {
			return
		}
	}
	*list = append(*list, s)
}

// events returns what n does to the scope, in evaluation order. Function
// literals run when called (see callEvents), go statements at some other
// time.
func (x *explorer) events(n ast.Node) []event {
	var out []event
	x.exprEvents(n, &out)
	return out
}

func (x *explorer) exprEvents(n ast.Node, out *[]event) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.DeferStmt:
			ev := event{kind: evDefer, id: x.nDefers}
			x.nDefers++
			x.callEvents(n.Call, out, &ev.deferred)
			*out = append(*out, ev)
			return false
		case *ast.CallExpr:
			x.callEvents(n, out, out)
			return false
		}
		return true
	})
}

// callEvents adds the events of evaluating call's operands to now, and
// those of the call itself to self (the same list, unless deferred).
func (x *explorer) callEvents(call *ast.CallExpr, now, self *[]event) {
	w := x.w
	fun := ast.Unparen(call.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok && w.isScope(sel.X) {
		for _, a := range call.Args {
			x.exprEvents(a, now)
		}
		switch c := w.scopeCall(sel); {
		case c == dogmaapi.End:
			x.endSites = append(x.endSites, w.site(sel.Sel.Name, c, call))
			*self = append(*self, event{kind: evEnd, end: len(x.endSites) - 1})
		case cancels(c):
			*self = append(*self, event{kind: evCancel, site: w.site(sel.Sel.Name, c, call)})
		}
		return
	}
	if _, ok := fun.(*ast.FuncLit); !ok {
		x.exprEvents(fun, now)
	}
	for _, a := range call.Args {
		x.exprEvents(a, now)
	}
	if h, ok := w.helpers[call]; ok {
		ev := x.callEvent(h.param, &h.step)
		ev.args = h.args
		*self = append(*self, ev)
	}
	if lit, ok := fun.(*ast.FuncLit); ok {
		if p := w.closures[lit]; p != nil {
			*self = append(*self, x.callEvent(p, nil))
		}
	}
}

func (x *explorer) callEvent(p *Param, step *Step) event {
	ev := event{kind: evCall, param: p, step: step}
	for _, e := range p.Ends {
		if step != nil {
			e = prefixed(*step, e)
		}
		x.endSites = append(x.endSites, e)
		ev.ends = append(ev.ends, len(x.endSites)-1)
	}
	return ev
}
