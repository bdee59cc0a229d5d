package notimeouts

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer reports processes that schedule timeouts they cannot handle.
var Analyzer = &analysis.Analyzer{
	Name:     "notimeouts",
	Doc:      "report processes that schedule timeouts but use NoTimeoutMessagesBehavior",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer, dogmaconfig.Analyzer},
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
	if route == nil {
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
	diag := suppress.Diagnostic(validate.TimeoutNotHandled, span{pos},
		"%s schedules timeout %s, but its HandleTimeout comes from dogma.NoTimeoutMessagesBehavior and panics when the timeout arrives: implement HandleTimeout",
		h.Object.Name(), route.Type.Display)
	if route.Pos.IsValid() {
		diag.Related = []analysis.RelatedInformation{{Pos: route.Pos, Message: "timeout route"}}
	}
	rep.Report(diag)
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
