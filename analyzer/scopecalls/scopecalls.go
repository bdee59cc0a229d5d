package scopecalls

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports messages that handlers produce without routing them.
var Analyzer = &analysis.Analyzer{
	Name:     "scopecalls",
	Doc:      "check that handlers only record, execute and schedule message types they route",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer, dogmaconfig.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.ScopeUnroutedMessage}

// scopeMethods maps each producing scope method to the kind of message it
// produces and a verb for messages.
var scopeMethods = map[string]struct {
	kind validate.MessageKind
	verb string
	noun string
}{
	"RecordEvent":     {validate.Event, "records", "event"},
	"ExecuteCommand":  {validate.Command, "executes", "command"},
	"ScheduleTimeout": {validate.Timeout, "schedules", "timeout"},
}

// handlerMethods lists, per handler method that receives a scope, the
// index of its scope parameter.
var handlerMethods = map[string]int{
	"HandleCommand": -1, // 1 for both aggregates and integrations
	"HandleEvent":   2,
	"HandleTimeout": 2,
}

func run(pass *analysis.Pass) (any, error) {
	d := dogmatypes.Of(pass)
	if d == nil {
		return nil, nil
	}
	sums := funcsummary.Of(pass)
	if sums == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	cfg := routes.New(pass)
	reported := map[reportKey]bool{}
	for fd := range dogmatypes.Methods(pass.Files) {
		for name, idx := range handlerMethods {
			m := d.HandlerMethod(pass.TypesInfo, fd, name)
			if m == nil {
				continue
			}
			if idx < 0 {
				idx = 1
			}
			if m.Kind == validate.ProjectionHandler {
				continue // projections produce nothing
			}
			dh := cfg.Handler(m.Recv)
			if dh == nil {
				continue
			}
			if dh.Config == nil {
				continue
			}
			check(pass, rep, sums, reported, m, dh.Config, idx)
		}
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *suppress.Reporter, sums *funcsummary.Table, reported map[reportKey]bool, m *dogmatypes.Method, h *validate.Handler, idx int) {
	p := sums.Method(m.Decl).Param(idx)
	if p == nil {
		return
	}
	pkg := pass.Pkg.Path()
	recv := m.Recv.Obj().Name()
	for i := range p.Produced {
		pr := &p.Produced[i]
		sm, ok := scopeMethods[pr.Method]
		if !ok {
			continue
		}
		mt := &pr.Type
		routing, route := validate.ProducedRouted(h, sm.kind, mt)
		if routing != validate.NotRouted && routing != validate.WrongPointer {
			continue
		}
		// A message produced in this package is reported where it is
		// produced; one produced by a helper of another package, at the
		// call of that helper.
		pos, end := pr.Position(), pr.EndPosition()
		where := ""
		if via := pr.PathString(pkg); via != "" {
			where = " in " + via
		}
		var related []analysis.RelatedInformation
		if !sums.Local(pos) {
			pos, end = token.NoPos, token.NoPos
			for j := len(pr.Path) - 1; j >= 0; j-- {
				if sp := pr.Path[j].Position(); sums.Local(sp) {
					pos = sp
					break
				}
			}
			if !pos.IsValid() {
				continue
			}
		} else {
			for _, st := range pr.Path {
				if sp := st.Position(); sums.Local(sp) {
					related = append(related, analysis.RelatedInformation{Pos: sp, Message: "called here"})
				}
			}
		}
		k := reportKey{pos, h}
		if reported[k] {
			continue
		}
		reported[k] = true
		rng := span{pos, end}
		rk, _ := validate.ProducedRouteKind(h.Kind, sm.kind)
		var diag analysis.Diagnostic
		switch routing {
		case validate.NotRouted:
			diag = suppress.Diagnostic(validate.ScopeUnroutedMessage, rng,
				"%s.%s %s %s %s%s, which it does not route: add dogma.%s[%s]() to its routes, or do not %s it",
				recv, m.Decl.Name.Name, sm.verb, sm.noun, mt.Display, where, routeName(rk), mt.Display, verbBase(sm.verb))
		case validate.WrongPointer:
			diag = suppress.Diagnostic(validate.ScopeUnroutedMessage, rng,
				"%s.%s %s %s %s%s, but it routes %s, a different type to the engine: pass a %s",
				recv, m.Decl.Name.Name, sm.verb, sm.noun, mt.Display, where, route.Type.Display, route.Type.Display)
			// A helper may serve other handlers: only a call written in the
			// handler method is fixed.
			if arg, ok := pr.Arg(); ok && len(pr.Path) == 0 {
				if fix, ok := pointerFix(arg, mt.Pointer, route.Type.Display); ok {
					diag.SuggestedFixes = []analysis.SuggestedFix{fix}
				}
			}
		}
		diag.Related = related
		rep.Report(diag)
	}
}

// reportKey identifies a finding: a helper that several handlers share is
// reported once per handler.
type reportKey struct {
	pos token.Pos
	h   *validate.Handler
}

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }

// pointerFix removes the & of &T{...} or adds one to T{...}.
func pointerFix(arg ast.Expr, isPointer bool, want string) (analysis.SuggestedFix, bool) {
	e := ast.Unparen(arg)
	if isPointer {
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND {
			return analysis.SuggestedFix{}, false
		}
		if _, ok := ast.Unparen(u.X).(*ast.CompositeLit); !ok {
			return analysis.SuggestedFix{}, false
		}
		return analysis.SuggestedFix{
			Message:   "Pass a " + want + " value",
			TextEdits: []analysis.TextEdit{{Pos: u.OpPos, End: u.OpPos + 1}},
		}, true
	}
	if _, ok := e.(*ast.CompositeLit); !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Pass a " + want,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.Pos(), NewText: []byte("&")}},
	}, true
}

func routeName(k validate.RouteKind) string {
	switch k {
	case validate.RecordsEventRoute:
		return "RecordsEvent"
	case validate.ExecutesCommandRoute:
		return "ExecutesCommand"
	case validate.SchedulesTimeoutRoute:
		return "SchedulesTimeout"
	}
	return "Routes"
}

func verbBase(v string) string { return v[:len(v)-1] }
