package rootmutation

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports handler methods that change their root where dogma
// forbids it.
var Analyzer = &analysis.Analyzer{
	Name:     "rootmutation",
	Doc:      "report aggregate and process roots changed outside ApplyEvent and Mutate",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.AggregateRootMutated, validate.ProcessRootMutated}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	sums := funcsummary.Of(pass)
	if api == nil || sums == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	// The methods that receive a root: an aggregate's HandleCommand always,
	// a process's HandleEvent and HandleTimeout (HandleDeadline) where
	// dogma has Mutate; before it, changing a process root directly was
	// the way to change it.
	rules := map[string]map[validate.HandlerKind]validate.RuleID{}
	add := func(k validate.HandlerKind, id validate.RuleID) {
		for _, spec := range api.HandlerMethods(k) {
			if spec.Root >= 0 {
				if rules[spec.Name] == nil {
					rules[spec.Name] = map[validate.HandlerKind]validate.RuleID{}
				}
				rules[spec.Name][k] = id
			}
		}
	}
	add(validate.AggregateHandler, validate.AggregateRootMutated)
	if api.Mutate {
		add(validate.ProcessHandler, validate.ProcessRootMutated)
	}
	for fd := range dogmaapi.Methods(pass.Files) {
		byKind := rules[fd.Name.Name]
		if byKind == nil {
			continue
		}
		m := api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name)
		if m == nil || m.Spec.Root < 0 {
			continue
		}
		id, ok := byKind[m.Kind]
		if !ok {
			continue
		}
		root := m.Param(pass.TypesInfo, m.Spec.Root)
		if root == nil {
			continue
		}
		scope := "s"
		if v := m.Param(pass.TypesInfo, m.Spec.Scope); v != nil {
			scope = v.Name()
		}
		h := handler{pass: pass, rep: rep, sums: sums, id: id, method: m.Recv.Obj().Name() + "." + fd.Name.Name, scope: scope}
		for _, mu := range sums.RootMutations(fd, root) {
			h.report(mu)
		}
	}
	rep.Finish()
	return nil, nil
}

// handler reports the mutations of one handler method's root.
type handler struct {
	pass *analysis.Pass
	rep  *suppress.Reporter
	sums *funcsummary.Table
	id   validate.RuleID
	// method names the handler method, as "AccountHandler.HandleCommand".
	method string
	scope  string
}

// report reports m where the handler writes the root, or at the call that
// leads to the write.
func (h *handler) report(m funcsummary.Mutation) {
	pos, end := m.Position(), m.EndPosition()
	if len(m.Path) > 0 {
		pos, end = m.Path[0].Position(), token.NoPos
	}
	if !pos.IsValid() || !h.sums.Local(pos) {
		return
	}
	what := m.Op.Verb() + " " + m.Expr
	if m.Op != funcsummary.ApplyEvent && m.Field != "" {
		what += " (field " + m.Field + ")"
	}
	if len(m.Path) > 0 {
		pkg := h.pass.Pkg.Path()
		via := ""
		for i, st := range m.Path[1:] {
			if i > 0 {
				via += ", "
			}
			via += st.Name(pkg)
		}
		if via != "" {
			via = "(through " + via + ") "
		}
		what = "calls " + m.Path[0].Name(pkg) + ", which " + via + what
	}
	rng := span{pos, end}
	var diag analysis.Diagnostic
	switch {
	case m.Op == funcsummary.ApplyEvent && h.id == validate.AggregateRootMutated:
		diag = suppress.Diagnostic(h.id, rng,
			"%s must not modify the root: it %s, which the engine calls itself for each recorded event, so the event is applied twice; record the event with %s.RecordEvent only",
			h.method, what, h.scope)
	case h.id == validate.AggregateRootMutated:
		diag = suppress.Diagnostic(h.id, rng,
			"%s must not modify the root: it %s; record an event with %s.RecordEvent and change the field in ApplyEvent",
			h.method, what, h.scope)
	default:
		diag = suppress.Diagnostic(h.id, rng,
			"%s modifies the root outside %s.Mutate: it %s; change it inside %s.Mutate, on the callback's root",
			h.method, h.scope, what, h.scope)
	}
	if len(m.Path) > 0 {
		if p := m.Position(); p.IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: p, End: m.EndPosition(), Message: "the root is changed here"})
		}
	}
	h.rep.Report(diag)
}

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
