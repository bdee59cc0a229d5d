package dogmaconfig

import (
	"go/token"
)

// posn converts a position of this pass to its portable form.
func (x *extractor) posn(p token.Pos) Posn {
	if !p.IsValid() {
		return Posn{}
	}
	pp := x.pass.Fset.PositionFor(p, false)
	return Posn{File: pp.Filename, Offset: pp.Offset, Line: pp.Line, Column: pp.Column}
}

// resolver maps portable positions back to positions of a file set. A
// position whose file the set does not hold with the same content layout
// (as when a dependency was loaded from export data) maps to token.NoPos:
// callers drop it rather than point at the wrong place.
type resolver struct {
	fset *token.FileSet
	// local holds the files of the package under analysis; all holds every
	// file of the set, built only when a position from elsewhere is needed.
	local, all map[string]*token.File
}

func newResolver(fset *token.FileSet, local []*token.File) *resolver {
	r := &resolver{fset: fset, local: map[string]*token.File{}}
	for _, f := range local {
		r.local[f.Name()] = f
	}
	return r
}

func (r *resolver) file(name string) *token.File {
	if f := r.local[name]; f != nil {
		return f
	}
	if r.all == nil {
		r.all = map[string]*token.File{}
		r.fset.Iterate(func(f *token.File) bool {
			if _, dup := r.all[f.Name()]; !dup {
				r.all[f.Name()] = f
			}
			return true
		})
	}
	return r.all[name]
}

// inLocal reports whether pos lies in a file of the package under analysis.
func (r *resolver) inLocal(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	f := r.fset.File(pos)
	return f != nil && r.local[f.Name()] == f
}

func (r *resolver) pos(p Posn) token.Pos {
	if p.File == "" {
		return token.NoPos
	}
	f := r.file(p.File)
	if f == nil || p.Offset < 0 || p.Offset > f.Size() {
		return token.NoPos
	}
	pos := f.Pos(p.Offset)
	got := f.PositionFor(pos, false)
	if got.Line != p.Line || got.Column != p.Column {
		return token.NoPos
	}
	return pos
}
