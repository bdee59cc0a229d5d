package scopecalls

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports messages that handlers produce without routing them.
var Analyzer = &analysis.Analyzer{
	Name:     "scopecalls",
	Doc:      "check that handlers only record, execute and schedule message types they route",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer, dogmaconfig.Analyzer},
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
	rep := suppress.NewReporter(pass, Rules)
	cfg := routes.New(pass)
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
			h := dh.Config
			scope := m.Param(pass.TypesInfo, idx)
			if h == nil || scope == nil {
				continue
			}
			check(pass, rep, d, m, h, scope)
		}
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *suppress.Reporter, d *dogmatypes.Dogma, m *dogmatypes.Method, h *validate.Handler, scope *types.Var) {
	// Closures inside the method share its scope, so they are included.
	ast.Inspect(m.Decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); !ok || pass.TypesInfo.Uses[id] != scope {
			return true
		}
		sm, ok := scopeMethods[sel.Sel.Name]
		if !ok {
			return true
		}
		arg := call.Args[0]
		tv, ok := pass.TypesInfo.Types[arg]
		t := tv.Type
		if !ok || tv.IsNil() || t == nil || types.IsInterface(t) || containsTypeParam(t) {
			return true
		}
		mt := d.MessageType(t)
		routing, route := validate.ProducedRouted(h, sm.kind, mt)
		rk, _ := validate.ProducedRouteKind(h.Kind, sm.kind)
		recv := m.Recv.Obj().Name()
		switch routing {
		case validate.NotRouted:
			rep.Reportf(validate.ScopeUnroutedMessage, arg,
				"%s.%s %s %s %s, which it does not route: add dogma.%s[%s]() to its routes, or do not %s it",
				recv, m.Decl.Name.Name, sm.verb, sm.noun, mt.Display, routeName(rk), mt.Display, verbBase(sm.verb))
		case validate.WrongPointer:
			diag := suppress.Diagnostic(validate.ScopeUnroutedMessage, arg,
				"%s.%s %s %s %s, but it routes %s, a different type to the engine: pass a %s",
				recv, m.Decl.Name.Name, sm.verb, sm.noun, mt.Display, route.Type.Display, route.Type.Display)
			if fix, ok := pointerFix(arg, mt.Pointer, route.Type.Display); ok {
				diag.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
			rep.Report(diag)
		}
		return true
	})
}

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

func containsTypeParam(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return containsTypeParam(t.Elem())
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if containsTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	}
	return false
}
