package posn_test

import (
	"go/token"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

// TestRoundTrip checks that a position survives the portable form in the
// same file set, and that a file of the same name with another layout (as a
// dependency read from export data has) maps to no position at all.
func TestRoundTrip(t *testing.T) {
	src := []byte("package p\n\nfunc f() {}\n")
	fset := token.NewFileSet()
	f := fset.AddFile("p.go", -1, len(src))
	f.SetLinesForContent(src)
	pos := f.Pos(11) // "func"
	p := posn.Of(fset, pos)
	if p != (posn.Posn{File: "p.go", Offset: 11, Line: 3, Column: 1}) {
		t.Fatalf("Of = %+v", p)
	}
	r := posn.NewResolver(fset, []*token.File{f})
	if got := r.Pos(p); got != pos {
		t.Errorf("Pos = %v, want %v", got, pos)
	}
	if !r.InLocal(pos) {
		t.Error("a position of a local file is not local")
	}

	other := token.NewFileSet()
	g := other.AddFile("p.go", -1, len(src))
	g.SetLines([]int{0}) // one long line: the same offset is on line 1
	if got := posn.NewResolver(other, nil).Pos(p); got != token.NoPos {
		t.Errorf("a file with another layout maps to %v, want no position", got)
	}
	if posn.Of(fset, token.NoPos) != (posn.Posn{}) || r.Pos(posn.Posn{}) != token.NoPos {
		t.Error("no position does not stay no position")
	}
}
