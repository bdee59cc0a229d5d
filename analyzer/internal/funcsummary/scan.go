package funcsummary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
)

// produces reports whether a call of the scope method c produces a message:
// RecordEvent, ExecuteCommand and ScheduleTimeout (ScheduleDeadline).
func produces(c dogmaapi.ScopeCall) bool {
	return c == dogmaapi.RecordEvent || c == dogmaapi.ExecuteCommand || c == dogmaapi.ScheduleTimeout
}

// cancels reports whether a call of the scope method c cancels a prior
// End() (v0.15.x) or panics after one (v0.16.0 on): ExecuteCommand,
// ScheduleTimeout (ScheduleDeadline) and, from v0.24.0, Mutate.
func cancels(c dogmaapi.ScopeCall) bool {
	return c == dogmaapi.ExecuteCommand || c == dogmaapi.ScheduleTimeout || c == dogmaapi.Mutate
}

// walker summarizes one function body (or function literal) for one scope
// variable.
type walker struct {
	t     *Table
	info  *types.Info
	body  *ast.BlockStmt
	scope *types.Var
	// params are the function's parameters (nil entries for unnamed ones);
	// none for a function literal.
	params []*types.Var

	p Param
	// low is the least depth of the functions being summarized that the
	// body reached (see Table.summary).
	low int

	// helpers holds, per call that passes the scope on, the callee's
	// summary of that parameter and the step that reaches it; a nil param
	// is a call that is not followed.
	helpers map[*ast.CallExpr]helperCall
	// closures holds the summary of each function literal that is called
	// or deferred where it is written.
	closures map[*ast.FuncLit]*Param
	// seen holds the positions of the produce calls listed.
	seen map[Posn]bool
	// ends is true when End() may be called: then the order of calls
	// matters and the body's control flow is explored.
	ends bool
}

type helperCall struct {
	param *Param
	step  Step
	args  []ast.Expr
}

// body summarizes what body does with scope, and returns the least depth
// of the functions being summarized that it reached.
func (t *Table) body(body *ast.BlockStmt, scope *types.Var, params []*types.Var) (Param, int) {
	w := &walker{
		t: t, info: t.pass.TypesInfo, body: body, scope: scope, low: noCycle, params: params,
		helpers:  map[*ast.CallExpr]helperCall{},
		closures: map[*ast.FuncLit]*Param{},
		seen:     map[Posn]bool{},
	}
	w.p.Complete = true
	w.scan()
	// Only a process's scopes can end, or cancel an End().
	if t.canEnd(scope.Type()) {
		w.order()
	}
	return w.p, w.low
}

// scan finds every use of the scope in the body, closures included, and
// records the messages produced.
func (w *walker) scan() {
	uses, followed := 0, 0
	stack := []ast.Node{}
	ast.Inspect(w.body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.Ident:
			if w.info.Uses[n] == w.scope {
				uses++
			}
		case *ast.CallExpr:
			followed += w.call(n, stack)
		case *ast.FuncLit:
			// A literal that is neither called where it is written nor
			// deferred runs when some code not followed decides.
			if c, ok := parent(stack).(*ast.CallExpr); (!ok || ast.Unparen(c.Fun) != n) && w.captures(n) {
				w.p.Complete = false
			}
		}
		return true
	})
	if followed < uses {
		w.p.Complete = false
	}
}

// call records what a call does with the scope, and returns how many uses
// of the scope it accounts for.
func (w *walker) call(call *ast.CallExpr, stack []ast.Node) int {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && w.isScope(sel.X) {
		c := w.scopeCall(sel)
		if c == dogmaapi.End {
			w.ends = true
		}
		if c != dogmaapi.NotScopeCall && w.p.FirstCall == nil && runsHere(stack) {
			site := w.site(sel.Sel.Name, c, call)
			w.p.FirstCall = &site
		}
		if produces(c) && len(call.Args) > 0 {
			w.produced(call, sel.Sel.Name, c)
		}
		return 1
	}
	n := 0
	for i, arg := range call.Args {
		if !w.isScope(arg) {
			continue
		}
		n++
		if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
			// The scope is a literal's argument: not followed.
			w.p.Complete = false
			continue
		}
		p, step := w.helper(call, i)
		if p == nil {
			continue
		}
		w.helpers[call] = helperCall{p, step, call.Args}
		if p.FirstCall != nil && w.p.FirstCall == nil && runsHere(stack) {
			site := prefixed(step, *p.FirstCall)
			w.p.FirstCall = &site
		}
		if len(p.Ends) > 0 || len(p.Cancelled) > 0 {
			w.ends = true
		}
		if !p.Complete {
			w.p.Complete = false
		}
		for _, pr := range p.Produced {
			// A call reached by several paths is listed once, by the
			// first: the lists stay as long as the calls written.
			if w.seen[pr.Pos] {
				continue
			}
			w.seen[pr.Pos] = true
			pr.Site = prefixed(step, pr.Site)
			w.p.Produced = append(w.p.Produced, pr)
		}
	}
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && w.captures(lit) {
		// Called where it is written, or deferred: its calls run as part of
		// this function.
		p, low := w.t.closure(lit, w.scope)
		w.low = min(w.low, low)
		w.closures[lit] = p
		if len(p.Ends) > 0 || len(p.Cancelled) > 0 {
			w.ends = true
		}
		if _, ok := parent(stack).(*ast.GoStmt); ok {
			// It runs at some other time.
			delete(w.closures, lit)
			w.p.Complete = false
		}
	}
	return n
}

// runsHere reports whether the node at the top of stack runs when the body
// being scanned runs: it lies in no function literal, or only in literals
// that are called where they are written or deferred, not started as
// goroutines.
func runsHere(stack []ast.Node) bool {
	for i, n := range stack {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			continue
		}
		if i == 0 {
			return false
		}
		c, ok := stack[i-1].(*ast.CallExpr)
		if !ok || ast.Unparen(c.Fun) != lit {
			return false
		}
		if i >= 2 {
			if _, ok := stack[i-2].(*ast.GoStmt); ok {
				return false
			}
		}
	}
	return true
}

func parent(stack []ast.Node) ast.Node {
	if len(stack) < 2 {
		return nil
	}
	return stack[len(stack)-2]
}

// captures reports whether lit uses the scope.
func (w *walker) captures(lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && w.info.Uses[id] == w.scope {
			found = true
		}
		return !found
	})
	return found
}

func (w *walker) isScope(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && w.info.Uses[id] == w.scope
}

// scopeCall classifies the method that sel, a selector on the scope,
// selects.
func (w *walker) scopeCall(sel *ast.SelectorExpr) dogmaapi.ScopeCall {
	s := w.info.Selections[sel]
	if s == nil {
		return dogmaapi.NotScopeCall
	}
	fn, _ := s.Obj().(*types.Func)
	return w.t.api.ScopeMethod(fn)
}

// produced records a produce call whose argument has a concrete type.
func (w *walker) produced(call *ast.CallExpr, method string, c dogmaapi.ScopeCall) {
	arg := call.Args[0]
	tv, ok := w.info.Types[arg]
	t := tv.Type
	if !ok || tv.IsNil() || t == nil || types.IsInterface(t) || typeparams.In(t) {
		return
	}
	site := w.site(method, c, arg)
	site.arg = arg
	w.seen[site.Pos] = true
	w.p.Produced = append(w.p.Produced, Produced{Site: site, Type: *w.t.api.MessageType(t)})
}

func (w *walker) site(method string, c dogmaapi.ScopeCall, n ast.Node) Site {
	return Site{
		Method: method,
		Call:   c,
		Scope:  w.scope.Name(),
		Pos:    w.t.posn(n.Pos()),
		End:    w.t.posn(n.End()),
		pos:    n.Pos(),
		end:    n.End(),
	}
}

// helper returns the summary of the parameter of call's callee that
// receives the scope as argument i, or nil when the callee is not followed:
// a function value, an interface method, a method expression, a variadic
// parameter, a function of another package without a fact, or a parameter
// of a type other than a dogma scope.
func (w *walker) helper(call *ast.CallExpr, i int) (*Param, Step) {
	fn := typeutil.StaticCallee(w.info, call)
	if fn == nil {
		w.p.Complete = false
		return nil, Step{}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := w.info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			w.p.Complete = false
			return nil, Step{}
		}
	}
	sig := fn.Signature()
	if i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) || call.Ellipsis.IsValid() {
		w.p.Complete = false
		return nil, Step{}
	}
	fn = fn.Origin()
	s, low := w.t.summary(fn)
	w.low = min(w.low, low)
	if s == nil && low != noCycle {
		// A recursive call: what it does is what this chain of calls does.
		w.p.Complete = false
		return nil, Step{}
	}
	p := s.Param(i)
	if p == nil {
		w.p.Complete = false
		return nil, Step{}
	}
	step := Step{Callee: FuncName(fn), Pos: w.t.posn(call.Pos()), pos: call.Pos()}
	if fn.Pkg() != nil {
		step.PkgPath, step.PkgName = fn.Pkg().Path(), fn.Pkg().Name()
	}
	return p, step
}

// FuncName names fn as findings do: "f" or "T.M".
func FuncName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Name()
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// prefixed returns s as reached through step.
func prefixed(step Step, s Site) Site {
	s.Path = append([]Step{step}, s.Path...)
	s.arg = nil
	return s
}
