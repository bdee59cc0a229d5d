// Package posorder orders source positions by file name and offset.
//
// token.Pos values of different files are not comparable across runs: the
// loader parses a package's files in parallel, so the order in which files
// enter the FileSet, and with it their Pos bases, varies. Sorting by Pos is
// therefore deterministic only within one file; output order must come from
// the file name and the offset instead.
package posorder

import "go/token"

// Less reports whether a comes before b: by file name, then by offset.
// Positions that are not valid sort first, in Pos order.
func Less(fset *token.FileSet, a, b token.Pos) bool {
	if !a.IsValid() || !b.IsValid() {
		if a.IsValid() != b.IsValid() {
			return !a.IsValid()
		}
		return a < b
	}
	pa, pb := fset.PositionFor(a, false), fset.PositionFor(b, false)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	return pa.Offset < pb.Offset
}
