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

const src = `package p

import (
	"log"
	"os"
	"testing"
)

func fail(msg string) { panic(msg) }
func exit()           { os.Exit(1) }
func viaFail()        { fail("x") }
func loops()          { for {} }
func maybe(b bool)    { if b { panic("x") } }
func recovers()       { defer func() { recover() }(); panic("x") }
func recursive()      { recursive() }
func returns()        {}

type logger struct{ l *log.Logger }

type reporter struct{}

func (reporter) Fatal(string) {}

func use(l *log.Logger, t *testing.T, r reporter, f func()) {
	panic("x")        // true
	log.Fatal("x")    // true
	log.Panicf("x")   // true
	l.Fatalf("x")     // true
	os.Exit(1)        // true
	fail("x")         // true
	exit()            // true
	viaFail()         // true
	loops()           // true
	maybe(true)       // false
	recovers()        // false
	recursive()       // false
	returns()         // false
	log.Print("x")    // false
	t.Fatal("x")      // true
	t.Skipf("x")      // true
	t.Log("x")        // false
	r.Fatal("x")      // false
	f()               // false
	println("x")      // false
}
`

// TestMayReturn checks each call of use against the comment after it.
func TestMayReturn(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	decls := map[*types.Func]*ast.FuncDecl{}
	var use *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			decls[info.Defs[fd.Name].(*types.Func)] = fd
			if fd.Name.Name == "use" {
				use = fd
			}
		}
	}
	want := map[int]bool{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			switch c.Text {
			case "// true":
				want[fset.Position(c.Pos()).Line] = true
			case "// false":
				want[fset.Position(c.Pos()).Line] = false
			}
		}
	}
	o := noreturn.New(info, decls)
	n := 0
	for _, s := range use.Body.List {
		call := s.(*ast.ExprStmt).X.(*ast.CallExpr)
		line := fset.Position(call.Pos()).Line
		never, ok := want[line]
		if !ok {
			t.Fatalf("line %d has no expectation", line)
		}
		n++
		if got := !o.MayReturn(call); got != never {
			t.Errorf("line %d: never returns %v, want %v", line, got, never)
		}
	}
	if n != len(want) {
		t.Errorf("checked %d calls, want %d", n, len(want))
	}
}
