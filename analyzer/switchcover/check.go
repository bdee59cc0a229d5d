package switchcover

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// check reports on each type switch over t's message parameter.
func check(pass *analysis.Pass, rep *suppress.Reporter, d *dogmatypes.Dogma, t target) {
	info := pass.TypesInfo
	sig := t.m.Sig
	if sig.Params().Len() == 0 {
		return
	}
	param := t.m.Param(info, sig.Params().Len()-1)
	if param == nil {
		return
	}
	var switches []*ast.TypeSwitchStmt
	ast.Inspect(t.m.Decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.TypeSwitchStmt:
			if subject(info, n) == param {
				switches = append(switches, n)
			}
		}
		return true
	})
	// Most methods have no such switch; only then is the second walk, for
	// assignments to the parameter, worth making.
	if len(switches) == 0 || assigned(info, t.m.Decl.Body, param) {
		return
	}
	for _, ts := range switches {
		checkSwitch(pass, rep, d, t, param, ts)
	}
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

// usedOutside reports whether v is used in body outside node.
func usedOutside(info *types.Info, body *ast.BlockStmt, v *types.Var, node ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if n == node || found {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// clauseCase is a case type with its clause.
type clauseCase struct {
	expr ast.Expr
	typ  types.Type
}

func checkSwitch(pass *analysis.Pass, rep *suppress.Reporter, d *dogmatypes.Dogma, t target, param *types.Var, ts *ast.TypeSwitchStmt) {
	info := pass.TypesInfo
	var (
		cases       []clauseCase
		def         *ast.CaseClause
		unknowable  bool
		defaultPans bool
	)
	for _, s := range ts.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			def = cc
			for _, st := range cc.Body {
				defaultPans = defaultPans || d.IsPanicUnexpected(info, st)
			}
			continue
		}
		for _, e := range cc.List {
			tv, ok := info.Types[e]
			if !ok || tv.IsNil() {
				continue
			}
			if !tv.IsType() || hasTypeParam(tv.Type) {
				unknowable = true
				continue
			}
			cases = append(cases, clauseCase{e, tv.Type})
		}
	}
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
	for _, c := range cases {
		ct := c.typ
		scs = append(scs, validate.SwitchCase{
			Type: d.MessageType(ct),
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
		for _, dc := range cov.Dead {
			c := cases[dc.Index]
			mt := scs[dc.Index].Type
			if dc.Routed != nil {
				diag := suppress.Diagnostic(validate.SwitchDeadCase, c.expr,
					"case %s in %s never runs: the handler routes %s, a different type to the engine; change the case to %s",
					mt.Display, where, dc.Routed.Display, dc.Routed.Display)
				// Two cases of one type would not compile: then the
				// author must merge them by hand.
				if fix, ok := changeCase(pass, c.expr, byName[dc.Routed.Name].t); ok && !hasCase(scs, dc.Routed.Name) && !changed[dc.Routed.Name] {
					diag.SuggestedFixes = []analysis.SuggestedFix{fix}
					changed[dc.Routed.Name] = true
				}
				rep.Report(diag)
				continue
			}
			rep.Reportf(validate.SwitchDeadCase, c.expr,
				"case %s in %s never runs: the handler does not route %s; route it or remove the case",
				mt.Display, where, mt.Display)
		}
	}

	if len(cov.Missing) == 0 || unknowable || (def != nil && !defaultPans) ||
		usedOutside(info, t.m.Decl.Body, param, ts) {
		return
	}
	var names []string
	for _, m := range cov.Missing {
		names = append(names, m.Display)
	}
	consequence := "so the message is silently ignored"
	if def != nil {
		consequence = "so the message reaches the default and panics with dogma.UnexpectedMessage"
	}
	if t.m.Decl.Name.Name == "ApplyEvent" {
		by := " (recorded by " + byName[cov.Missing[0].Name].by + ")"
		consequence = "so the recorded event does not change the root" + by
		if def != nil {
			consequence = "so applying the recorded event panics with dogma.UnexpectedMessage" + by
		}
	}
	noun := "type"
	if len(names) > 1 {
		noun = "types"
	}
	diag := suppress.Diagnostic(validate.SwitchMissingCase, span{ts.Pos(), ts.Body.Lbrace},
		"type switch in %s has no case for routed %s %s, %s: add a case", where, noun, strings.Join(names, ", "), consequence)
	var toInsert []*validate.MessageType
	for _, m := range cov.Missing {
		if !changed[m.Name] {
			toInsert = append(toInsert, m)
		}
	}
	if fix, ok := insertCases(pass, ts, def, toInsert, byName); ok && len(toInsert) > 0 {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	rep.Report(diag)
}

// insertCases builds the fix adding a case clause per missing type, before
// the default clause or at the end of the switch. It fails when a type
// cannot be written in the file (its package is not imported there).
func insertCases(pass *analysis.Pass, ts *ast.TypeSwitchStmt, def *ast.CaseClause, missing []*validate.MessageType, byName map[string]routed) (analysis.SuggestedFix, bool) {
	file := enclosingFile(pass, ts)
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	var text strings.Builder
	pos := ts.Body.Rbrace
	if def != nil {
		pos = def.Case
	}
	indent := strings.Repeat("\t", max(pass.Fset.Position(pos).Column-1, 0))
	for _, m := range missing {
		t := byName[m.Name].t
		if t == nil {
			return analysis.SuggestedFix{}, false
		}
		expr, ok := typeExpr(pass.Pkg, file, t)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		if def == nil {
			// Without a default the message was ignored; an empty
			// clause keeps that until the author fills it in.
			text.WriteString("case " + expr + ":\n" + indent)
		} else {
			// With a panicking default the message panicked; a panic
			// that names the work keeps that, and keeps a switch that
			// ends the function terminating.
			text.WriteString("case " + expr + ":\n" + indent + "\tpanic(" + strconv.Quote("TODO: handle "+expr) + ")\n" + indent)
		}
	}
	// pos is the first token of its line in formatted code, so each new
	// clause takes the line of pos and pushes pos to the next.
	s := text.String()
	msg := "Add the missing case"
	if len(missing) > 1 {
		msg += "s"
	}
	return analysis.SuggestedFix{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(s)}},
	}, true
}

func hasCase(cases []validate.SwitchCase, name string) bool {
	for _, c := range cases {
		if c.Type != nil && c.Type.Name == name {
			return true
		}
	}
	return false
}

// changeCase builds the fix replacing a case type with the routed type t
// of the other pointer-ness.
func changeCase(pass *analysis.Pass, expr ast.Expr, t types.Type) (analysis.SuggestedFix, bool) {
	file := enclosingFile(pass, expr)
	if file == nil || t == nil {
		return analysis.SuggestedFix{}, false
	}
	text, ok := typeExpr(pass.Pkg, file, t)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Change the case to " + text,
		TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(text)}},
	}, true
}

func enclosingFile(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() <= f.FileEnd {
			return f
		}
	}
	return nil
}

// typeExpr spells t as code in file: unqualified in its own package,
// otherwise qualified by the name under which file imports the package.
func typeExpr(pkg *types.Package, file *ast.File, t types.Type) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		for _, imp := range file.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil || path != p.Path() {
				continue
			}
			if imp.Name == nil {
				return p.Name()
			}
			if imp.Name.Name != "_" && imp.Name.Name != "." {
				return imp.Name.Name
			}
		}
		ok = false
		return p.Name()
	})
	return s, ok && !strings.ContainsAny(s, "[]")
}

func hasTypeParam(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return hasTypeParam(t.Elem())
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if hasTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	}
	return false
}

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
