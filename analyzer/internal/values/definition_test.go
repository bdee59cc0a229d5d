package values_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// TestDefinition checks that Definition returns the declaring expression
// of a variable that keeps it, and nothing for one that is reassigned,
// escapes into a closure, or is a parameter or a package-level variable.
func TestDefinition(t *testing.T) {
	const src = `package p

var pkgLevel = func() {}

func f(param func()) {
	kept := func() {}
	reassigned := func() {}
	reassigned = nil
	captured := func() {}
	func() { captured() }()
	_, _, _, _ = kept, reassigned, param, pkgLevel
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := (&types.Config{}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	ix := values.NewIndex(info, pkg, []*ast.File{file})
	want := map[string]bool{"kept": true, "reassigned": false, "captured": false, "param": false, "pkgLevel": false}
	seen := 0
	for id, obj := range info.Defs {
		v, ok := obj.(*types.Var)
		if !ok {
			continue
		}
		w, ok := want[id.Name]
		if !ok {
			continue
		}
		seen++
		e, got := ix.Definition(v)
		if got != w {
			t.Errorf("Definition(%s) = %v, want %v", id.Name, got, w)
		}
		if got {
			if _, lit := e.(*ast.FuncLit); !lit {
				t.Errorf("Definition(%s) = %T, want the function literal", id.Name, e)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d variables", seen, len(want))
	}
}
