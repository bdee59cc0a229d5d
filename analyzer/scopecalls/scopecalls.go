package scopecalls

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
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
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, dogmaconfig.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.ScopeUnroutedMessage}

// producer is what a producing scope method does, for messages: the kind of
// message it produces, and a verb and a noun.
type producer struct {
	kind       validate.MessageKind
	verb, noun string
}

// producerOf describes the scope method c, or reports false when c produces
// nothing. The timeout noun is the API's own ("deadline" from v0.24.0).
func producerOf(api *dogmaapi.API, c dogmaapi.ScopeCall) (producer, bool) {
	switch c {
	case dogmaapi.RecordEvent:
		return producer{validate.Event, "records", "event"}, true
	case dogmaapi.ExecuteCommand:
		return producer{validate.Command, "executes", "command"}, true
	case dogmaapi.ScheduleTimeout:
		return producer{validate.Timeout, "schedules", api.Names.Noun}, true
	}
	return producer{}, false
}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	if api == nil {
		return nil, nil
	}
	sums := funcsummary.Of(pass)
	if sums == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	cfg := routes.New(pass)
	reported := map[reportKey]bool{}
	// The handler methods that receive a message and a scope: HandleCommand,
	// HandleEvent and HandleTimeout (HandleDeadline). Projections produce
	// nothing. Checking the name first spares the handler-kind test for
	// the receivers of every other method (messages' among them).
	names := map[string]bool{}
	for _, k := range []validate.HandlerKind{validate.AggregateHandler, validate.ProcessHandler, validate.IntegrationHandler} {
		for _, spec := range api.HandlerMethods(k) {
			if spec.Scope >= 0 {
				names[spec.Name] = true
			}
		}
	}
	for fd := range dogmaapi.Methods(pass.Files) {
		if !names[fd.Name.Name] {
			continue
		}
		m := api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name)
		if m == nil || m.Spec.Scope < 0 || m.Spec.Message < 0 {
			continue
		}
		if m.Kind == validate.ProjectionHandler {
			continue // projections produce nothing
		}
		dh := cfg.Handler(m.Recv)
		if dh == nil || dh.Config == nil {
			continue
		}
		check(pass, rep, api, sums, reported, m, dh.Config)
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, sums *funcsummary.Table, reported map[reportKey]bool, m *dogmaapi.Method, h *validate.Handler) {
	p := sums.Method(m.Decl).Param(m.Spec.Scope)
	if p == nil {
		return
	}
	pkg := pass.Pkg.Path()
	recv := m.Recv.Obj().Name()
	for i := range p.Produced {
		pr := &p.Produced[i]
		sm, ok := producerOf(api, pr.Call)
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
				recv, m.Decl.Name.Name, sm.verb, sm.noun, mt.Display, where, api.RouteFuncName(rk), mt.Display, verbBase(sm.verb))
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

func verbBase(v string) string { return v[:len(v)-1] }
