package values_test

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// src declares, in function f, one "got_N := expr" per case; each case's
// expected value is in its trailing comment.
const src = `package p

type T struct {
	S string
	B bool
	P *T
}

func (t *T) Set() { t.S = "set" }

func ctor(s string) T { return T{S: s} }

func twoReturns(b bool) *T {
	if b {
		return nil
	}
	return nil
}

func bare() (t *T) { return }

func bareSet(b bool) (t *T) {
	if b {
		t = &T{}
	}
	return
}

// fixed is assigned nowhere in this file, but a package-level variable may
// be assigned by the package's tests or through go:linkname.
var fixed = "pkg"

var changed = "pkg"

func init() { changed = "other" }

func f(param string, cond bool) {
	a := "a"
	var zero string
	var ptr *T
	var iface interface{}
	lit := T{S: "lit"}
	set := T{S: "before"}
	set.S = "after"
	method := T{S: "m"}
	method.Set()
	shared := &T{S: "shared"}
	alias := shared
	alias.S = "changed"
	re := "x"
	if cond {
		re = "y"
	}
	_, _ = alias, re

	got_1 := a + "b"       // "ab"
	got_2 := zero          // ""
	got_3 := ptr           // nil *p.T
	got_4 := iface         // nil
	got_5 := lit.S         // "lit"
	got_6 := lit.B         // false
	got_7 := lit.P         // nil *p.T
	got_8 := set.S         // unknown
	got_9 := method.S      // unknown
	got_10 := shared.S     // unknown
	got_11 := re           // unknown
	got_12 := param        // unknown
	got_13 := ctor("c").S  // "c"
	got_14 := twoReturns(true) // unknown
	got_15 := fixed        // unknown
	got_16 := changed      // unknown
	got_17 := !lit.B && cond // unknown
	got_18 := lit.B && cond  // false
	got_19 := (*T)(nil)    // nil *p.T
	got_20 := &T{}         // nonnil
	got_21 := bare()       // nil *p.T
	got_22 := bareSet(cond) // unknown
	_, _, _, _, _, _, _, _, _, _ = got_1, got_2, got_3, got_4, got_5, got_6, got_7, got_8, got_9, got_10
	_, _, _, _, _, _, _, _, _, _ = got_11, got_12, got_13, got_14, got_15, got_16, got_17, got_18, got_19, got_20
	_, _ = got_21, got_22
}
`

func TestEval(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			decls[info.Defs[fd.Name].(*types.Func)] = fd
		}
	}
	ev := &values.Evaluator{Info: info, Index: values.NewIndex(info, pkg, []*ast.File{file}), Decls: decls}
	wants := map[int]string{}
	for _, cg := range file.Comments {
		line := fset.Position(cg.Pos()).Line
		wants[line] = strings.TrimSpace(strings.TrimPrefix(cg.List[0].Text, "//"))
	}
	n := 0
	ast.Inspect(file, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); !ok || !strings.HasPrefix(id.Name, "got_") {
			return true
		}
		n++
		line := fset.Position(as.Pos()).Line
		if got, want := describe(ev.Eval(as.Rhs[0])), wants[line]; got != want {
			t.Errorf("line %d: %s evaluates to %s, want %s", line, as.Lhs[0].(*ast.Ident).Name, got, want)
		}
		return true
	})
	if n != 22 {
		t.Fatalf("found %d cases, want 22", n)
	}
}

func describe(v values.Value) string {
	switch v.Kind {
	case values.Const:
		if v.Const.Kind() == constant.String {
			return v.Const.ExactString()
		}
		return v.Const.String()
	case values.Nil:
		if v.Type == nil {
			return "nil"
		}
		return "nil " + v.Type.String()
	case values.NonNil:
		return "nonnil"
	}
	return "unknown"
}
