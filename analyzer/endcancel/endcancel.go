package endcancel

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports End() calls that a later call on the same scope cancels.
var Analyzer = &analysis.Analyzer{
	Name:     "endcancel",
	Doc:      "report End() calls cancelled by a later ExecuteCommand or ScheduleTimeout",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.EndCancelled}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	sums := funcsummary.Of(pass)
	// Only where a call after End() cancels it (v0.15.x): from v0.16.0 the
	// call panics instead, and saying that it cancels the End() would be
	// false.
	if api == nil || sums == nil || api.AfterEnd != dogmaapi.CancelsEnd {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	// A helper shared by several handler methods is reported once.
	reported := map[token.Pos]bool{}
	// A process's HandleEvent and HandleTimeout (HandleDeadline): the
	// methods that receive a message and a scope. Checking the name first
	// spares the handler-kind test for the receivers of every other method.
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
			report(pass, rep, sums, reported, c)
		}
	}
	rep.Finish()
	return nil, nil
}

// report reports c at the cancelling call when it is written in this
// package, otherwise at the call of the helper of another package that
// makes it.
func report(pass *analysis.Pass, rep *suppress.Reporter, sums *funcsummary.Table, reported map[token.Pos]bool, c funcsummary.Cancel) {
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
	diag := suppress.Diagnostic(validate.EndCancelled, rng,
		"%s after %s cancels the End(), so the process instance does not end: call End() last, or return after it",
		what, endWhat)
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
