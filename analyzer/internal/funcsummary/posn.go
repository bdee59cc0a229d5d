package funcsummary

import (
	"go/token"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
)

// posn converts a position of this pass to its portable form.
func (t *Table) posn(p token.Pos) Posn { return posn.Of(t.pass.Fset, p) }

// resolve fills in the token positions of a summary read from a fact.
func (t *Table) resolve(s *Summary) {
	site := func(st *Site) {
		st.pos, st.end = t.res.Pos(st.Pos), t.res.Pos(st.End)
		for i := range st.Path {
			st.Path[i].pos = t.res.Pos(st.Path[i].Pos)
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
		if p.FirstCall != nil {
			site(p.FirstCall)
		}
	}
}
