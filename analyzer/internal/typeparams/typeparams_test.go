package typeparams_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
)

// TestIn: a type parameter is found wherever a type can hold one, and a
// type without one, even a recursive one, is not.
func TestIn(t *testing.T) {
	const src = `package p

type G[T any] struct{ v T }
type List struct{ next *List }

func f[T comparable]() {
	var (
		direct   T
		pointer  *T
		slice    []T
		array    [2]T
		mapKey   map[T]int
		channel  chan T
		named    G[T]
		field    struct{ x T }
		result   func() T
		concrete G[int]
		list     List
	)
	_, _, _, _, _, _, _, _, _, _, _ = direct, pointer, slice, array, mapKey, channel, named, field, result, concrete, list
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"direct": true, "pointer": true, "slice": true, "array": true, "mapKey": true,
		"channel": true, "named": true, "field": true, "result": true, "concrete": false, "list": false}
	for id, obj := range info.Defs {
		w, ok := want[id.Name]
		if !ok || obj == nil {
			continue
		}
		if got := typeparams.In(obj.Type()); got != w {
			t.Errorf("In(%s %s) = %v, want %v", id.Name, obj.Type(), got, w)
		}
		delete(want, id.Name)
	}
	if len(want) > 0 {
		t.Errorf("variables not found: %v", want)
	}
}
