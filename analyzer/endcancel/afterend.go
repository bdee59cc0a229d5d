package endcancel

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// checkAfterEnd reports the calls that follow an End() on a path through a
// process's HandleEvent or HandleTimeout (HandleDeadline): end-cancelled
// where such a call cancels the End() (v0.15.x), call-after-end where it
// panics (v0.16.0 on).
func checkAfterEnd(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, sums *funcsummary.Table) {
	// A helper shared by several handler methods is reported once.
	reported := map[token.Pos]bool{}
	// Checking the name first spares the handler-kind test for the
	// receivers of every other method.
	names := map[string]bool{}
	for _, spec := range api.HandlerMethods(validate.ProcessHandler) {
		if spec.Scope >= 0 {
			names[spec.Name] = true
		}
	}
	for fd := range dogmaapi.Methods(pass.Files) {
		if !names[fd.Name.Name] {
			continue
		}
		m := api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name)
		if m == nil || m.Kind != validate.ProcessHandler || m.Spec.Scope < 0 || m.Spec.Message < 0 {
			continue
		}
		p := sums.Method(fd).Param(m.Spec.Scope)
		if p == nil {
			continue
		}
		for _, c := range p.Cancelled {
			reportAfterEnd(pass, rep, api, sums, reported, c)
		}
	}
}

// reportAfterEnd reports c at the later call when it is written in this
// package, otherwise at the call of the helper of another package that
// makes it.
func reportAfterEnd(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, sums *funcsummary.Table, reported map[token.Pos]bool, c funcsummary.Cancel) {
	pkg := pass.Pkg.Path()
	pos, end := c.Cancel.Position(), c.Cancel.EndPosition()
	what := c.Cancel.Scope + "." + c.Cancel.Method
	if via := c.Cancel.PathString(pkg); via != "" {
		what += " in " + via
	}
	if !sums.Local(pos) {
		pos, end = token.NoPos, token.NoPos
		for i := len(c.Cancel.Path) - 1; i >= 0; i-- {
			if p := c.Cancel.Path[i].Position(); sums.Local(p) {
				pos = p
				break
			}
		}
		if !pos.IsValid() {
			return
		}
	}
	if reported[pos] {
		return
	}
	reported[pos] = true
	endWhat := c.End.Scope + ".End()"
	if via := c.End.PathString(pkg); via != "" {
		endWhat += " in " + via
	}
	rng := span{pos, end}
	var diag analysis.Diagnostic
	if api.AfterEnd == dogmaapi.CancelsEnd {
		diag = suppress.Diagnostic(validate.EndCancelled, rng,
			"%s after %s cancels the End(), so the process instance does not end: call End() last, or return after it",
			what, endWhat)
	} else {
		todo := "execute and schedule before End()"
		if c.Cancel.Call == dogmaapi.Mutate {
			todo = "mutate the root before End()"
		}
		diag = suppress.Diagnostic(validate.CallAfterEnd, rng,
			"%s after %s panics on dogma %s, because the process instance has ended: %s, or return right after End()",
			what, endWhat, api.Shape, todo)
	}
	if p := c.End.Position(); p.IsValid() {
		diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: p, End: c.End.EndPosition(), Message: "End() called here"})
	} else if len(c.End.Path) > 0 && c.End.Path[0].Position().IsValid() {
		diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: c.End.Path[0].Position(), Message: "End() is called in this call"})
	}
	rep.Report(diag)
}

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
