package notimeouts

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports processes that schedule timeouts they cannot handle.
var Analyzer = &analysis.Analyzer{
	Name:     "notimeouts",
	Doc:      "report processes that schedule timeouts but use NoTimeoutMessagesBehavior",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, dogmaconfig.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.TimeoutNotHandled}

func run(pass *analysis.Pass) (any, error) {
	api := dogmaapi.Of(pass)
	if api == nil {
		return nil, nil
	}
	cfg := routes.New(pass)
	rep := suppress.NewReporter(pass, Rules)
	// Every process type of the package, also one whose Configure is
	// promoted from an embedded type (dogmaconfig keys the configuration by
	// the type that declares Configure).
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if k, ok := api.HandlerKind(named); !ok || k != validate.ProcessHandler {
			continue
		}
		if h := cfg.Handler(named); h != nil {
			check(pass, rep, api, tn, named, h.Config)
		}
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, obj *types.TypeName, named *types.Named, config *validate.Handler) {
	nm := &api.Names
	m, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, pass.Pkg, nm.HandleTimeout)
	fn, ok := m.(*types.Func)
	if !ok || !isNoTimeoutBehavior(api, fn) {
		return
	}
	var route *validate.Route
	for i := range config.Routes {
		r := &config.Routes[i]
		if r.Kind == validate.SchedulesTimeoutRoute && r.Type != nil && r.Invalid == "" {
			route = r
			break
		}
	}
	// Where it schedules a timeout, in HandleEvent or the helpers it
	// calls. Without a route that is still a defect when the routes cannot
	// be followed: the timeout is rejected if it is not routed, and panics
	// when it arrives if it is. With complete routes, an unrouted timeout is
	// scopecalls' finding.
	scheduled := firstScheduled(pass, api, named)
	if route == nil && (scheduled == nil || config.RoutesComplete) {
		return
	}

	// Report at the embedded field when it is declared here, otherwise at
	// the type.
	pos := obj.Pos()
	if len(index) == 2 {
		if st, ok := named.Underlying().(*types.Struct); ok {
			if f := st.Field(index[0]); f.Pkg() == pass.Pkg && f.Pos().IsValid() {
				pos = f.Pos()
			}
		}
	}
	var diag analysis.Diagnostic
	if route != nil {
		diag = suppress.Diagnostic(validate.TimeoutNotHandled, span{pos},
			"%s schedules %s %s, but its %s comes from dogma.%s and panics when the %[2]s arrives: implement %[4]s",
			obj.Name(), nm.Noun, route.Type.Display, nm.HandleTimeout, nm.NoTimeoutMessagesBehavior)
		if route.Pos.IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: route.Pos, Message: nm.Noun + " route"})
		}
	} else {
		where := ""
		if via := scheduled.PathString(pass.Pkg.Path()); via != "" {
			where = " in " + via
		}
		diag = suppress.Diagnostic(validate.TimeoutNotHandled, span{pos},
			"%s schedules %s %s%s, but its %s comes from dogma.%s, so the %[2]s is rejected if it is not routed and panics when it arrives if it is: implement %[5]s",
			obj.Name(), nm.Noun, scheduled.Type.Display, where, nm.HandleTimeout, nm.NoTimeoutMessagesBehavior)
	}
	if scheduled != nil {
		if p := scheduled.Position(); p.IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: p, Message: nm.Noun + " scheduled here"})
		}
	}
	rep.Report(diag)
}

// firstScheduled returns the first timeout that the process's HandleEvent
// schedules, itself or through the helpers it passes its scope to, or nil.
func firstScheduled(pass *analysis.Pass, api *dogmaapi.API, named *types.Named) *funcsummary.Produced {
	scope := -1
	for _, spec := range api.HandlerMethods(validate.ProcessHandler) {
		if spec.Name == "HandleEvent" {
			scope = spec.Scope
		}
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, pass.Pkg, "HandleEvent")
	fn, ok := obj.(*types.Func)
	if !ok || scope < 0 {
		return nil
	}
	p := funcsummary.Of(pass).Func(fn).Param(scope)
	if p == nil {
		return nil
	}
	for i := range p.Produced {
		if p.Produced[i].Call == dogmaapi.ScheduleTimeout {
			return &p.Produced[i]
		}
	}
	return nil
}

// isNoTimeoutBehavior reports whether fn is the HandleTimeout method of
// dogma.NoTimeoutMessagesBehavior (HandleDeadline of an instance of
// NoDeadlineMessagesBehavior[R] from v0.24.0).
func isNoTimeoutBehavior(api *dogmaapi.API, fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	b, ok := api.Behavior(recv.Type())
	return ok && b == dogmaapi.NoTimeoutMessagesBehavior
}

type span struct{ pos token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return token.NoPos }
