package switchcover

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/validate"
)

// insertMissing builds the fix adding a case (or a branch) per missing type.
// It fails when a type cannot be written in the file (its package is not
// imported there).
func insertMissing(pass *analysis.Pass, tt *typeTest, param *types.Var, missing []*validate.MessageType, byName map[string]routed) (analysis.SuggestedFix, bool) {
	file := enclosingFile(pass, tt.at)
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	var exprs []string
	for _, m := range missing {
		t := byName[m.Name].t
		if t == nil {
			return analysis.SuggestedFix{}, false
		}
		expr, ok := typeExpr(pass.Pkg, file, t)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		exprs = append(exprs, expr)
	}
	msg := "Add the missing case"
	switch {
	case tt.chain != nil && len(exprs) > 1:
		msg = "Add the missing branches"
	case tt.chain != nil:
		msg = "Add the missing branch"
	case len(exprs) > 1:
		msg = "Add the missing cases"
	}
	var edit analysis.TextEdit
	if tt.sw != nil {
		edit = insertCases(pass, tt, exprs)
	} else {
		if tt.chain.shadowed {
			return analysis.SuggestedFix{}, false
		}
		edit = insertBranches(pass, tt, param, exprs)
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{edit}}, true
}

// insertCases adds a case clause per type before the default clause or at
// the end of the switch.
func insertCases(pass *analysis.Pass, tt *typeTest, exprs []string) analysis.TextEdit {
	pos := tt.sw.stmt.Body.Rbrace
	if tt.sw.def != nil {
		pos = tt.sw.def.Case
	}
	indent := strings.Repeat("\t", max(pass.Fset.Position(pos).Column-1, 0))
	var text strings.Builder
	for _, expr := range exprs {
		if tt.fallback == fallsThrough {
			// Without a default the message was ignored; an empty
			// clause keeps that until the author fills it in.
			text.WriteString("case " + expr + ":\n" + indent)
		} else {
			// With a failing default the message failed; a panic
			// that names the work keeps that, and keeps a switch that
			// ends the function terminating.
			text.WriteString("case " + expr + ":\n" + indent + "\t" + todoPanic(expr) + "\n" + indent)
		}
	}
	// pos is the first token of its line in formatted code, so each new
	// clause takes the line of pos and pushes pos to the next.
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text.String())}
}

// insertBranches adds an else-if branch per type after the chain's last if,
// before its final else if it has one. Each branch panics: the message
// failed before, and still does until the author fills the branch in.
func insertBranches(pass *analysis.Pass, tt *typeTest, param *types.Var, exprs []string) analysis.TextEdit {
	indent := strings.Repeat("\t", max(pass.Fset.Position(tt.chain.first.If).Column-1, 0))
	var text strings.Builder
	for _, expr := range exprs {
		text.WriteString(" else if _, ok := " + param.Name() + ".(" + expr + "); ok {\n" +
			indent + "\t" + todoPanic(expr) + "\n" + indent + "}")
	}
	pos := tt.chain.last.Body.Rbrace + 1
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text.String())}
}

func todoPanic(expr string) string {
	return "panic(" + strconv.Quote("TODO: handle "+expr) + ")"
}

// changeCase builds the fix replacing a case or asserted type with the
// routed type t of the other pointer-ness.
func changeCase(pass *analysis.Pass, tt *typeTest, expr ast.Expr, t types.Type) (analysis.SuggestedFix, bool) {
	file := enclosingFile(pass, expr)
	if file == nil || t == nil {
		return analysis.SuggestedFix{}, false
	}
	text, ok := typeExpr(pass.Pkg, file, t)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	msg := "Change the case to " + text
	if tt.chain != nil {
		msg = "Change the assertion to " + text
	}
	return analysis.SuggestedFix{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(text)}},
	}, true
}

func enclosingFile(pass *analysis.Pass, n interface{ Pos() token.Pos }) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() <= f.FileEnd {
			return f
		}
	}
	return nil
}

// typeExpr spells t as code in file: unqualified in its own package,
// otherwise qualified by the name under which file imports the package. A
// type named through an alias is spelled as the type the alias names, as
// the diagnostics name it, unless only the alias can be written in file.
func typeExpr(pkg *types.Package, file *ast.File, t types.Type) (string, bool) {
	if s, ok := spell(pkg, file, dogmatypes.Unalias(t)); ok {
		return s, true
	}
	return spell(pkg, file, t)
}

func spell(pkg *types.Package, file *ast.File, t types.Type) (string, bool) {
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
