package posorder

import (
	"go/token"
	"testing"
)

// Files added to the FileSet in reverse name order must still sort by name:
// the loader adds files in whatever order parsing finishes.
func TestLessOrdersByFileNameNotPos(t *testing.T) {
	fset := token.NewFileSet()
	b := fset.AddFile("b.go", -1, 100)
	a := fset.AddFile("a.go", -1, 100)
	inB, inA := b.Pos(10), a.Pos(50)
	if inB >= inA {
		t.Fatalf("test setup: want b.go's Pos below a.go's, got %d and %d", inB, inA)
	}
	if !Less(fset, inA, inB) {
		t.Errorf("a.go:50 should come before b.go:10")
	}
	if Less(fset, inB, inA) {
		t.Errorf("b.go:10 should not come before a.go:50")
	}
	if !Less(fset, a.Pos(1), a.Pos(2)) || Less(fset, a.Pos(2), a.Pos(1)) {
		t.Errorf("within a file, positions should sort by offset")
	}
	if !Less(fset, token.NoPos, a.Pos(1)) || Less(fset, a.Pos(1), token.NoPos) {
		t.Errorf("an invalid position should sort first")
	}
}
