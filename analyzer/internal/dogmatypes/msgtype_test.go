package dogmatypes_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
)

const aliasSrc = `package p

type Msg struct{}
type Box[T any] struct{ v T }

type (
	Alias      = Msg
	AliasAlias = Alias
	PtrAlias   = *Alias
	BoxAlias   = Box[Alias]
)

var (
	plain     Msg
	alias     Alias
	twice     AliasAlias
	ptr       *Alias
	ptrAlias  PtrAlias
	box       Box[Alias]
	boxPtr    *Box[*AliasAlias]
	boxAlias  BoxAlias
	boxPlain  Box[Msg]
	ownDefined Defined
)

type Defined Msg
`

// TestUnalias checks that every alias inside a message type is replaced, so
// that the type is spelled as the type it names, and that a defined type
// over the same underlying type stays itself.
func TestUnalias(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", aliasSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for v, want := range map[string]string{
		"plain":      "p.Msg",
		"alias":      "p.Msg",
		"twice":      "p.Msg",
		"ptr":        "*p.Msg",
		"ptrAlias":   "*p.Msg",
		"box":        "p.Box[p.Msg]",
		"boxPtr":     "*p.Box[*p.Msg]",
		"boxAlias":   "p.Box[p.Msg]",
		"boxPlain":   "p.Box[p.Msg]",
		"ownDefined": "p.Defined",
	} {
		typ := pkg.Scope().Lookup(v).Type()
		got := dogmatypes.Unalias(typ)
		if s := types.TypeString(got, nil); s != want {
			t.Errorf("Unalias(type of %s) is spelled %s, want %s", v, s, want)
		}
		if !types.Identical(got, typ) {
			t.Errorf("Unalias(type of %s) = %s is not identical to %s", v, got, typ)
		}
	}
	// A type without aliases is returned as it is, so caches keyed by it
	// keep working.
	plain := pkg.Scope().Lookup("boxPlain").Type()
	if got := dogmatypes.Unalias(plain); got != plain {
		t.Errorf("Unalias(%s) returned a new type", plain)
	}
}
