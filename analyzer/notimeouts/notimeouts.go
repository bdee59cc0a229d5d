package notimeouts

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports processes that schedule timeouts they cannot handle.
var Analyzer = &analysis.Analyzer{
	Name:     "notimeouts",
	Doc:      "report processes that schedule timeouts but use NoTimeoutMessagesBehavior",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer, dogmaconfig.Analyzer, funcsummary.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.TimeoutNotHandled}

func run(pass *analysis.Pass) (any, error) {
	d := dogmatypes.Of(pass)
	res, _ := pass.ResultOf[dogmaconfig.Analyzer].(*dogmaconfig.Result)
	if d == nil || d.NoTimeoutMessagesBehavior == nil || res == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	for _, h := range res.Handlers {
		if h.Config == nil || h.Config.Kind != validate.ProcessHandler {
			continue
		}
		check(pass, rep, d, h)
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *suppress.Reporter, d *dogmatypes.Dogma, h *dogmaconfig.Handler) {
	named, ok := h.Object.Type().(*types.Named)
	if !ok {
		return
	}
	if k, ok := d.HandlerKind(named); !ok || k != validate.ProcessHandler {
		return
	}
	obj, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, pass.Pkg, "HandleTimeout")
	fn, ok := obj.(*types.Func)
	if !ok || !isNoTimeoutBehavior(d, fn) {
		return
	}
	var route *validate.Route
	for i := range h.Config.Routes {
		r := &h.Config.Routes[i]
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
	scheduled := firstScheduled(pass, named)
	if route == nil && (scheduled == nil || h.Config.RoutesComplete) {
		return
	}

	// Report at the embedded field when it is declared here, otherwise at
	// the type.
	pos := h.Object.Pos()
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
			"%s schedules timeout %s, but its HandleTimeout comes from dogma.NoTimeoutMessagesBehavior and panics when the timeout arrives: implement HandleTimeout",
			h.Object.Name(), route.Type.Display)
		if route.Pos.IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: route.Pos, Message: "timeout route"})
		}
	} else {
		where := ""
		if via := scheduled.PathString(pass.Pkg.Path()); via != "" {
			where = " in " + via
		}
		diag = suppress.Diagnostic(validate.TimeoutNotHandled, span{pos},
			"%s schedules timeout %s%s, but its HandleTimeout comes from dogma.NoTimeoutMessagesBehavior, so the timeout is rejected if it is not routed and panics when it arrives if it is: implement HandleTimeout",
			h.Object.Name(), scheduled.Type.Display, where)
	}
	if scheduled != nil {
		if p := scheduled.Position(); p.IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: p, Message: "timeout scheduled here"})
		}
	}
	rep.Report(diag)
}

// firstScheduled returns the first timeout that the process's HandleEvent
// schedules, itself or through the helpers it passes its scope to, or nil.
func firstScheduled(pass *analysis.Pass, named *types.Named) *funcsummary.Produced {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, pass.Pkg, "HandleEvent")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	p := funcsummary.Of(pass).Func(fn).Param(2)
	if p == nil {
		return nil
	}
	for i := range p.Produced {
		if p.Produced[i].Method == "ScheduleTimeout" {
			return &p.Produced[i]
		}
	}
	return nil
}

// isNoTimeoutBehavior reports whether fn is the HandleTimeout method of
// dogma.NoTimeoutMessagesBehavior.
func isNoTimeoutBehavior(d *dogmatypes.Dogma, fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj() == d.NoTimeoutMessagesBehavior.Obj()
}

type span struct{ pos token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return token.NoPos }
