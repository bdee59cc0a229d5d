package switchcover

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
)

// typeTest is one test of the message's type: a type switch, or a chain of
// type assertions that ends in a failure.
type typeTest struct {
	// nodes are the statements the test is made of; uses of the message
	// inside them are the test's own.
	nodes []ast.Node

	// at is where findings about the test as a whole are reported.
	at span

	cases []clauseCase

	// unknowable is true when some case type cannot be known (it involves
	// a type parameter).
	unknowable bool

	// fallback is what a message that no case selects runs into.
	fallback fallback

	// Exactly one of sw and chain is set.
	sw    *switchTest
	chain *chainTest
}

// switchTest is the syntax of a type switch test.
type switchTest struct {
	stmt *ast.TypeSwitchStmt
	def  *ast.CaseClause // nil without default
}

// chainTest is the syntax of a chain test.
type chainTest struct {
	first, last *ast.IfStmt

	// shadowed is true when an assertion of the last if statement (or of
	// its else-ifs) declares a variable with the parameter's name: then the
	// parameter cannot be named after its last else-if, where a fix would
	// add a branch.
	shadowed bool
}

// clauseCase is a case type with the expression that names it.
type clauseCase struct {
	expr ast.Expr
	typ  types.Type
}

// caseType returns the type e names in a case or an assertion. It returns
// ok false for nil (a case that selects no message), and unknowable true
// for a type involving a type parameter.
func caseType(info *types.Info, e ast.Expr) (t types.Type, unknowable, ok bool) {
	tv, found := info.Types[e]
	if !found || tv.IsNil() {
		return nil, false, false
	}
	if !tv.IsType() || typeparams.In(tv.Type) {
		return nil, true, false
	}
	return tv.Type, false, true
}

// switchOf returns the test of type switch ts.
func switchOf(info *types.Info, api *dogmaapi.API, sig *types.Signature, ts *ast.TypeSwitchStmt) *typeTest {
	sw := &switchTest{stmt: ts}
	tt := &typeTest{nodes: []ast.Node{ts}, at: span{ts.Pos(), ts.Body.Lbrace}, sw: sw}
	for _, s := range ts.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			sw.def = cc
			continue
		}
		for _, e := range cc.List {
			t, unknowable, ok := caseType(info, e)
			tt.unknowable = tt.unknowable || unknowable
			if ok {
				tt.cases = append(tt.cases, clauseCase{e, t})
			}
		}
	}
	if sw.def != nil {
		tt.fallback, _ = fallbackOf(info, api, sig, sw.def.Body)
		if tt.fallback == fallsThrough {
			// A default that runs off its end still chose to let the
			// message pass.
			tt.fallback = handled
		}
	}
	return tt
}

// chainOf returns the test of the chain of type assertions that starts at
// ifs, rest being the statements after it in its block, or nil when it is
// no such test. A chain is an if/else-if chain whose every if tests one type
// assertion over param (`if v, ok := param.(T); ok`); when it has no final
// else and the next statement is such an if too, that one continues the
// chain, as a message that none of the earlier ifs selects reaches it. A
// message that no if selects must certainly fail, in the final else or in
// the statements after the chain. n is the number of statements of rest
// that continue the chain.
func chainOf(info *types.Info, api *dogmaapi.API, sig *types.Signature, ifs *ast.IfStmt, param *types.Var, rest []ast.Stmt) (tt *typeTest, n int) {
	ch := &chainTest{first: ifs}
	tt = &typeTest{at: span{ifs.Pos(), ifs.Body.Lbrace}, chain: ch}
	for top := ifs; ; {
		// The fix adds branches to the last if statement: only its
		// own declarations shadow the parameter there.
		ch.shadowed = false
		tt.nodes = append(tt.nodes, top)
		for cur := top; cur != nil; {
			te, shadows, ok := assertion(info, cur, param)
			if !ok {
				return nil, 0
			}
			ch.shadowed = ch.shadowed || shadows
			t, unknowable, ok := caseType(info, te)
			tt.unknowable = tt.unknowable || unknowable
			if ok {
				tt.cases = append(tt.cases, clauseCase{te, t})
			}
			ch.last = cur
			cur, _ = cur.Else.(*ast.IfStmt)
		}
		if ch.last.Else != nil || n == len(rest) {
			break
		}
		next, ok := rest[n].(*ast.IfStmt)
		if !ok {
			break
		}
		if _, _, ok := assertion(info, next, param); !ok {
			break
		}
		top = next
		n++
	}
	switch el := ch.last.Else.(type) {
	case *ast.BlockStmt:
		tt.fallback, _ = fallbackOf(info, api, sig, el.List)
	case nil:
		after := rest[n:]
		var end int
		tt.fallback, end = fallbackOf(info, api, sig, after)
		for _, st := range after[:min(end+1, len(after))] {
			tt.nodes = append(tt.nodes, st)
		}
	}
	if !tt.fallback.fails() {
		return nil, 0
	}
	return tt, n
}

// assertion returns the asserted type of ifs when ifs tests exactly one type
// assertion over param, `if v, ok := param.(T); ok`, and whether v has
// param's name.
func assertion(info *types.Info, ifs *ast.IfStmt, param *types.Var) (typ ast.Expr, shadows, ok bool) {
	as, isAssign := ifs.Init.(*ast.AssignStmt)
	if !isAssign || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil, false, false
	}
	ta, isAssert := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !isAssert || ta.Type == nil {
		return nil, false, false
	}
	x, isIdent := ast.Unparen(ta.X).(*ast.Ident)
	if !isIdent || info.Uses[x] != param {
		return nil, false, false
	}
	okID, isIdent := as.Lhs[1].(*ast.Ident)
	cond, condIdent := ast.Unparen(ifs.Cond).(*ast.Ident)
	if !isIdent || !condIdent || okID.Name == "_" || info.ObjectOf(okID) == nil || info.Uses[cond] != info.ObjectOf(okID) {
		return nil, false, false
	}
	v, _ := as.Lhs[0].(*ast.Ident)
	return ta.Type, v != nil && v.Name == param.Name(), true
}
