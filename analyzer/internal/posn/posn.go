// Package posn gives source positions a portable form that survives the
// trip between packages in go/analysis facts, and maps them back to a
// pass's file set only where the file is the same.
package posn

import "go/token"

// Posn is a source position that survives the trip between packages: it
// holds no token.Pos, which is only meaningful in one file set.
type Posn struct {
	File                 string
	Offset, Line, Column int
}

// Of converts a position of fset to its portable form.
func Of(fset *token.FileSet, p token.Pos) Posn {
	if !p.IsValid() {
		return Posn{}
	}
	pp := fset.PositionFor(p, false)
	return Posn{File: pp.Filename, Offset: pp.Offset, Line: pp.Line, Column: pp.Column}
}

// A Resolver maps portable positions back to positions of a file set. A
// position whose file the set does not hold with the same layout (as when a
// dependency was loaded from export data) maps to token.NoPos, so that
// callers drop it or fall back to a position of their own rather than point
// at the wrong place.
type Resolver struct {
	fset *token.FileSet
	// local holds the files of the package under analysis; all holds every
	// file of the set, built only when a position from elsewhere is needed.
	local, all map[string]*token.File
}

// NewResolver returns a resolver for fset; local are the files of the
// package under analysis.
func NewResolver(fset *token.FileSet, local []*token.File) *Resolver {
	r := &Resolver{fset: fset, local: map[string]*token.File{}}
	for _, f := range local {
		r.local[f.Name()] = f
	}
	return r
}

func (r *Resolver) file(name string) *token.File {
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

// InLocal reports whether pos lies in a file of the package under analysis.
func (r *Resolver) InLocal(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	f := r.fset.File(pos)
	return f != nil && r.local[f.Name()] == f
}

// Pos returns p as a position of the file set, or token.NoPos when the set
// does not hold p's file with the same layout.
func (r *Resolver) Pos(p Posn) token.Pos {
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
