package funcsummary

import "go/token"

// posn converts a position of this pass to its portable form.
func (t *Table) posn(p token.Pos) Posn {
	if !p.IsValid() {
		return Posn{}
	}
	pp := t.pass.Fset.PositionFor(p, false)
	return Posn{File: pp.Filename, Offset: pp.Offset, Line: pp.Line, Column: pp.Column}
}

// resolve fills in the token positions of a summary read from a fact.
func (t *Table) resolve(s *Summary) {
	site := func(st *Site) {
		st.pos, st.end = t.res.pos(st.Pos), t.res.pos(st.End)
		for i := range st.Path {
			st.Path[i].pos = t.res.pos(st.Path[i].Pos)
		}
	}
	for i := range s.Params {
		p := &s.Params[i]
		for j := range p.Produced {
			site(&p.Produced[j].Site)
		}
		for j := range p.Ends {
			site(&p.Ends[j])
		}
		for j := range p.Cancels {
			site(&p.Cancels[j])
		}
		for j := range p.Cancelled {
			site(&p.Cancelled[j].End)
			site(&p.Cancelled[j].Cancel)
		}
	}
}

// resolver maps portable positions back to positions of a file set. A
// position whose file the set does not hold with the same layout (as when a
// dependency was loaded from export data) maps to token.NoPos, so that
// callers fall back to a position of their own rather than point at the
// wrong place.
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
