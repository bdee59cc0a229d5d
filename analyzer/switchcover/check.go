package switchcover

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// check reports on each test of the type of t's message parameter: type
// switches over it, and if/else-if chains of assertions over it that end in
// a failure.
func check(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, t target) {
	info := pass.TypesInfo
	sig := t.m.Sig
	if t.m.Spec.Message < 0 {
		return
	}
	param := t.m.Param(info, t.m.Spec.Message)
	if param == nil {
		return
	}
	var tests []*typeTest
	ast.Inspect(t.m.Decl.Body, func(n ast.Node) bool {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.TypeSwitchStmt:
			if subject(info, n) == param {
				tests = append(tests, switchOf(info, api, sig, n))
			}
			return true
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			return true
		}
		// A chain starts at an if of a statement list: an else-if is
		// part of the chain of the if it belongs to.
		for i := 0; i < len(list); i++ {
			if ifs, ok := list[i].(*ast.IfStmt); ok {
				if tt, n := chainOf(info, api, sig, ifs, param, list[i+1:]); tt != nil {
					tests = append(tests, tt)
					i += n
				}
			}
		}
		return true
	})
	// Most methods test nothing; only then is the second walk, for
	// assignments to the parameter, worth making.
	if len(tests) == 0 || assigned(info, t.m.Decl.Body, param) {
		return
	}
	recovers := callsRecover(info, t.m.Decl.Body)
	for _, tt := range tests {
		if recovers && (tt.fallback == panics || tt.fallback == panicsUnexpected) {
			// A deferred recover may turn the panic into anything.
			tt.fallback = handled
		}
		checkTest(pass, rep, api, t, param, tt)
	}
}

// callsRecover reports whether body, or a function literal in it, calls the
// builtin recover.
func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// subject returns the variable a type switch switches over, or nil.
func subject(info *types.Info, ts *ast.TypeSwitchStmt) *types.Var {
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(ta.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// assigned reports whether body assigns v or takes its address; then the
// parameter may no longer hold the message.
func assigned(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || is(l)
			}
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && is(n.X))
		case *ast.RangeStmt:
			found = found || is(n.Key) || is(n.Value)
		}
		return !found
	})
	return found
}

// usedOutside reports whether v is used in body outside nodes.
func usedOutside(info *types.Info, body *ast.BlockStmt, v *types.Var, nodes []ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		for _, x := range nodes {
			if n == x {
				return false
			}
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// checkTest reports the dead and the missing cases of tt.
func checkTest(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, t target, param *types.Var, tt *typeTest) {
	if !t.complete {
		return
	}
	byName := map[string]routed{}
	var rts []*validate.MessageType
	for _, r := range t.routed {
		byName[r.mt.Name] = r
		rts = append(rts, r.mt)
	}
	var scs []validate.SwitchCase
	for _, c := range tt.cases {
		ct := c.typ
		scs = append(scs, validate.SwitchCase{
			Type: api.MessageType(ct),
			Matches: func(r *validate.MessageType) bool {
				rt := byName[r.Name].t
				// A routed type we cannot see may match: count it covered.
				return rt == nil || types.AssignableTo(rt, ct)
			},
		})
	}
	cov := validate.SwitchCoverage(rts, scs)
	where := t.m.Recv.Obj().Name() + "." + t.m.Decl.Name.Name
	// changed holds routed types that a dead case's fix turns into a case,
	// so that the missing-case fix does not add them twice.
	changed := map[string]bool{}
	if t.deadCases {
		reportDead(pass, rep, tt, cov, scs, byName, where, changed)
	}
	if len(cov.Missing) == 0 || tt.unknowable || tt.fallback == handled ||
		(tt.fallback == fallsThrough && t.root) ||
		usedOutside(pass.TypesInfo, t.m.Decl.Body, param, tt.nodes) {
		return
	}
	var names []string
	for _, m := range cov.Missing {
		names = append(names, m.Display)
	}
	noun := "type"
	if len(names) > 1 {
		noun = "types"
	}
	consequence := consequence(tt, t, byName[cov.Missing[0].Name].by)
	var diag analysis.Diagnostic
	if tt.sw != nil {
		diag = suppress.Diagnostic(validate.SwitchMissingCase, tt.at,
			"type switch in %s has no case for routed %s %s, %s: add a case", where, noun, strings.Join(names, ", "), consequence)
	} else {
		diag = suppress.Diagnostic(validate.SwitchMissingCase, tt.at,
			"type assertions in %s have no branch for routed %s %s, %s: add a branch", where, noun, strings.Join(names, ", "), consequence)
	}
	var toInsert []*validate.MessageType
	for _, m := range cov.Missing {
		if !changed[m.Name] {
			toInsert = append(toInsert, m)
		}
	}
	if fix, ok := insertMissing(pass, tt, param, toInsert, byName); ok && len(toInsert) > 0 {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	rep.Report(diag)
}

// reportDead reports the cases of tt that no routed message selects.
func reportDead(pass *analysis.Pass, rep *suppress.Reporter, tt *typeTest, cov validate.Coverage, scs []validate.SwitchCase, byName map[string]routed, where string, changed map[string]bool) {
	for _, dc := range cov.Dead {
		c := tt.cases[dc.Index]
		mt := scs[dc.Index].Type
		what, runs, remove := "case "+mt.Display, "never runs", "the case"
		if tt.chain != nil {
			what, runs, remove = "type assertion to "+mt.Display, "never succeeds", "the branch"
		}
		if dc.Routed != nil {
			change := "change the case to "
			if tt.chain != nil {
				change = "assert "
			}
			diag := suppress.Diagnostic(validate.SwitchDeadCase, c.expr,
				"%s in %s %s: the handler routes %s, a different type to the engine; %s%s",
				what, where, runs, dc.Routed.Display, change, dc.Routed.Display)
			// Two cases of one type would not compile: then the
			// author must merge them by hand.
			if fix, ok := changeCase(pass, tt, c.expr, byName[dc.Routed.Name].t); ok && !hasCase(scs, dc.Routed.Name) && !changed[dc.Routed.Name] {
				diag.SuggestedFixes = []analysis.SuggestedFix{fix}
				changed[dc.Routed.Name] = true
			}
			rep.Report(diag)
			continue
		}
		rep.Reportf(validate.SwitchDeadCase, c.expr,
			"%s in %s %s: the handler does not route %s; route it or remove %s",
			what, where, runs, mt.Display, remove)
	}
}

// consequence says what happens to a message of a missing type; by names
// the aggregate that records it, for ApplyEvent.
func consequence(tt *typeTest, t target, by string) string {
	end := "the default"
	if tt.chain != nil {
		end = "the end of the chain"
	}
	how := ""
	switch tt.fallback {
	case panicsUnexpected:
		how = "panics with dogma.UnexpectedMessage"
	case panics:
		how = "panics"
	case failsWithError:
		how = "returns an error"
	}
	if t.root {
		by = " (recorded by " + by + ")"
		return "so applying the recorded event " + how + by
	}
	if tt.fallback == fallsThrough {
		return "so the message is silently ignored"
	}
	if tt.fallback == failsWithError {
		return "so the message reaches " + end + ", which " + how
	}
	return "so the message reaches " + end + " and " + how
}

func hasCase(cases []validate.SwitchCase, name string) bool {
	for _, c := range cases {
		if c.Type != nil && c.Type.Name == name {
			return true
		}
	}
	return false
}

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
