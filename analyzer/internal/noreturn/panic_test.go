package noreturn_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/noreturn"
)

// TestPanicArg: only a statement calling the builtin panic yields its
// argument; a shadowing function named panic and other statements do not.
func TestPanicArg(t *testing.T) {
	const src = `package p

func f(x int) {
	panic("builtin")
	_ = x
	{
		panic := func(any) {}
		panic("shadowed")
	}
	println("not panic")
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if st, ok := n.(ast.Stmt); ok {
			if arg, ok := noreturn.PanicArg(info, st); ok {
				got = append(got, arg.(*ast.BasicLit).Value)
			}
		}
		return true
	})
	if len(got) != 1 || got[0] != `"builtin"` {
		t.Fatalf("PanicArg found %v, want only the builtin panic's argument", got)
	}
}
