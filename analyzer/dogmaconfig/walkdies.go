package dogmaconfig

import (
	"go/ast"
	"go/token"
)

// A branch whose every path ends in a call that never returns (panic,
// log.Fatal, a function of the package that never returns) configures
// nothing that an engine sees: Configure does not return through it. So
// when all but one branch of an if/else or of a switch with a default die,
// the remaining branch runs on every path that returns.

// diesAlways reports whether every path through list ends in a call that
// never returns: its last statement is one, and nothing in it jumps or
// returns elsewhere.
func (x *extractor) diesAlways(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	last, ok := list[len(list)-1].(*ast.ExprStmt)
	if !ok || !x.isPanic(last.X) {
		return false
	}
	for _, s := range list {
		if jumps(s) {
			return false
		}
	}
	return true
}

// diesAlwaysStmt is diesAlways for an else branch.
func (x *extractor) diesAlwaysStmt(s ast.Stmt) bool {
	b, ok := s.(*ast.BlockStmt)
	return ok && x.diesAlways(b.List)
}

// jumps reports whether n holds a return, break, continue, goto,
// fallthrough or label outside closures.
func jumps(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.BranchStmt, *ast.LabeledStmt:
			found = true
		}
		return !found
	})
	return found
}

// livingClause returns the one clause of a switch body through which
// Configure can return, when the switch has a default and every other
// clause dies; otherwise nil.
func (x *extractor) livingClause(body *ast.BlockStmt) *ast.CaseClause {
	var living *ast.CaseClause
	hasDefault := false
	for _, c := range body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			return nil
		}
		if cc.List == nil {
			hasDefault = true
		}
		if x.diesAlways(cc.Body) {
			continue
		}
		if living != nil {
			return nil
		}
		living = cc
	}
	if !hasDefault || living == nil {
		return nil
	}
	// A fallthrough at its end would run into a clause that dies.
	if n := len(living.Body); n > 0 {
		if b, ok := living.Body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
			return nil
		}
	}
	return living
}

// switchClauses walks the clauses of a switch: only the living clause,
// with cond, when there is one (see livingClause), otherwise each as on
// some paths.
func (x *extractor) switchClauses(f *frame, body *ast.BlockStmt, cond bool) {
	living := x.livingClause(body)
	if living == nil {
		x.clauses(f, body)
		return
	}
	for _, c := range body.List {
		for _, e := range c.(*ast.CaseClause).List {
			x.scan(f, e, true)
		}
	}
	x.stmts(f, living.Body, cond)
}
