package endcancel

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports End() calls that a later call on the same scope cancels.
var Analyzer = &analysis.Analyzer{
	Name:     "endcancel",
	Doc:      "report End() calls cancelled by a later ExecuteCommand or ScheduleTimeout",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.EndCancelled}

func run(pass *analysis.Pass) (any, error) {
	d := dogmatypes.Of(pass)
	if d == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	for fd := range dogmatypes.Methods(pass.Files) {
		for _, name := range []string{"HandleEvent", "HandleTimeout"} {
			m := d.HandlerMethod(pass.TypesInfo, fd, name)
			if m == nil || m.Kind != validate.ProcessHandler {
				continue
			}
			// The scope is the third parameter of both methods.
			scope := m.Param(pass.TypesInfo, 2)
			if scope == nil {
				continue
			}
			// Only a method that ends the process can cancel its End(), so
			// only such a method needs a control-flow graph.
			if !callsEnd(pass.TypesInfo, fd.Body, scope) {
				continue
			}
			g := cfg.New(fd.Body, func(call *ast.CallExpr) bool {
				return mayReturn(pass.TypesInfo, call)
			})
			check(pass, rep, g, scope)
		}
	}
	rep.Finish()
	return nil, nil
}

// call is a call on the scope parameter: End, or one that cancels it.
type call struct {
	expr *ast.CallExpr
	name string
}

func (c call) isEnd() bool { return c.name == "End" }

func check(pass *analysis.Pass, rep *suppress.Reporter, g *cfg.CFG, scope *types.Var) {
	calls := make([][]call, len(g.Blocks))
	for _, b := range g.Blocks {
		for _, n := range b.Nodes {
			calls[b.Index] = append(calls[b.Index], scopeCalls(pass.TypesInfo, n, scope)...)
		}
	}

	// For each cancelling call, the first End() that reaches it.
	cancelledBy := map[*ast.CallExpr]*ast.CallExpr{}
	var order []call
	mark := func(c call, end *ast.CallExpr) {
		if c.isEnd() {
			return
		}
		if _, ok := cancelledBy[c.expr]; !ok {
			cancelledBy[c.expr] = end
			order = append(order, c)
		}
	}
	for _, b := range g.Blocks {
		for i, c := range calls[b.Index] {
			if !c.isEnd() {
				continue
			}
			for _, later := range calls[b.Index][i+1:] {
				mark(later, c.expr)
			}
			seen := make([]bool, len(g.Blocks))
			queue := append([]*cfg.Block(nil), b.Succs...)
			for len(queue) > 0 {
				s := queue[0]
				queue = queue[1:]
				if seen[s.Index] {
					continue
				}
				seen[s.Index] = true
				for _, later := range calls[s.Index] {
					mark(later, c.expr)
				}
				queue = append(queue, s.Succs...)
			}
		}
	}

	for _, c := range order {
		end := cancelledBy[c.expr]
		diag := suppress.Diagnostic(validate.EndCancelled, c.expr,
			"%s.%s after %s.End() cancels the End(), so the process instance does not end: call End() last, or return after it",
			scope.Name(), c.name, scope.Name())
		diag.Related = []analysis.RelatedInformation{{Pos: end.Pos(), End: end.End(), Message: "End() called here"}}
		rep.Report(diag)
	}
}

// scopeCalls returns the calls of End, ExecuteCommand and ScheduleTimeout on
// scope within n, in evaluation order. Closures, deferred calls and go
// statements run at other times and are skipped.
func scopeCalls(info *types.Info, n ast.Node, scope *types.Var) []call {
	var out []call
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			// Arguments are evaluated before the call itself.
			for _, a := range n.Args {
				out = append(out, scopeCalls(info, a, scope)...)
			}
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if ok {
				out = append(out, scopeCalls(info, sel.X, scope)...)
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == scope {
					switch sel.Sel.Name {
					case "End", "ExecuteCommand", "ScheduleTimeout":
						out = append(out, call{n, sel.Sel.Name})
					}
				}
			}
			return false
		}
		return true
	})
	return out
}
