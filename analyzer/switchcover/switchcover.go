package switchcover

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmatypes"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer compares type switches over messages with the handler's routes.
var Analyzer = &analysis.Analyzer{
	Name:     "switchcover",
	Doc:      "check that type switches over messages cover the routed types and only those",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmatypes.Analyzer, dogmaconfig.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.SwitchMissingCase, validate.SwitchDeadCase}

// handlerMethods are the handler methods whose message parameter (the last
// one) is checked.
var handlerMethods = []string{
	"HandleCommand",
	"HandleEvent",
	"HandleTimeout",
	"RouteCommandToInstance",
	"RouteEventToInstance",
}

// routed is one routed message type.
type routed struct {
	mt *validate.MessageType
	t  types.Type // nil when unknown

	// by names the handler that routes it, for messages.
	by string
}

// target is a method to check and what it receives.
type target struct {
	m      *dogmatypes.Method
	routed []routed

	// complete is false when the routes may be incomplete.
	complete bool

	// deadCases is false for ApplyEvent.
	deadCases bool

	// root is true for ApplyEvent: a root may ignore events it records, so
	// only a failing fallback makes a missing case a finding.
	root bool
}

func run(pass *analysis.Pass) (any, error) {
	d := dogmatypes.Of(pass)
	if d == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	cfg := routes.New(pass)

	roots := rootAggregates(pass, d, cfg)
	for fd := range dogmatypes.Methods(pass.Files) {
		for _, name := range handlerMethods {
			m := d.HandlerMethod(pass.TypesInfo, fd, name)
			if m == nil {
				continue
			}
			rk, ok := validate.ConsumedRouteKind(m.Kind, name)
			dh := cfg.Handler(m.Recv)
			if !ok || dh == nil {
				continue
			}
			t := target{m: m, complete: dh.Config.RoutesComplete, deadCases: true}
			t.routed = routedOf(dh, rk, nil)
			check(pass, rep, d, t)
		}
		if m := d.RootMethod(pass.TypesInfo, fd); m != nil {
			aggs, ok := roots[m.Recv.Origin().Obj()]
			if !ok {
				continue
			}
			t := target{m: m, complete: true, root: true}
			seen := map[string]bool{}
			for _, a := range aggs {
				if a == nil {
					// The union of the records routes would be partial.
					t.complete = false
					continue
				}
				t.complete = t.complete && a.Config.RoutesComplete
				t.routed = append(t.routed, routedOf(a, validate.RecordsEventRoute, seen)...)
			}
			check(pass, rep, d, t)
		}
	}
	rep.Finish()
	return nil, nil
}

// routedOf returns h's routed types of kind rk, skipping names in seen (and
// adding to it) when seen is not nil.
func routedOf(h *dogmaconfig.Handler, rk validate.RouteKind, seen map[string]bool) []routed {
	var out []routed
	local := map[string]bool{}
	for i, r := range h.Config.Routes {
		if r.Kind != rk || r.Type == nil || r.Invalid != "" || local[r.Type.Name] || seen[r.Type.Name] {
			continue
		}
		local[r.Type.Name] = true
		if seen != nil {
			seen[r.Type.Name] = true
		}
		var t types.Type
		if i < len(h.RouteTypes) && h.RouteTypes[i] != nil {
			t = dogmatypes.Unalias(h.RouteTypes[i])
		}
		out = append(out, routed{mt: r.Type, t: t, by: h.Object.Name()})
	}
	return out
}

// rootAggregates maps each root type that an aggregate's New (declared in
// this package) returns to those aggregates. A nil entry stands for an
// aggregate whose configuration is unknown.
func rootAggregates(pass *analysis.Pass, d *dogmatypes.Dogma, cfg *routes.Config) map[*types.TypeName][]*dogmaconfig.Handler {
	roots := map[*types.TypeName][]*dogmaconfig.Handler{}
	for fd := range dogmatypes.Methods(pass.Files) {
		m := d.HandlerMethod(pass.TypesInfo, fd, "New")
		if m == nil || m.Kind != validate.AggregateHandler {
			continue
		}
		h := cfg.Handler(m.Recv)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != 1 {
					return true
				}
				t := pass.TypesInfo.TypeOf(n.Results[0])
				if t == nil || types.IsInterface(t) {
					return true
				}
				if p, ok := t.(*types.Pointer); ok {
					t = p.Elem()
				}
				if nt, ok := types.Unalias(t).(*types.Named); ok {
					obj := nt.Origin().Obj()
					for _, x := range roots[obj] {
						if x == h {
							return true
						}
					}
					roots[obj] = append(roots[obj], h)
				}
			}
			return true
		})
	}
	return roots
}
