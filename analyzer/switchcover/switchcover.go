package switchcover

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/suppress"
	"github.com/dogmavet/dogmavet/validate"
)

// Analyzer compares type switches over messages with the handler's routes.
var Analyzer = &analysis.Analyzer{
	Name:     "switchcover",
	Doc:      "check that type switches over messages cover the routed types and only those",
	URL:      validate.DocsURL,
	Requires: []*analysis.Analyzer{dogmaapi.Analyzer, dogmaconfig.Analyzer},
	Run:      run,
}

// Rules lists the rule IDs this analyzer reports.
var Rules = []validate.RuleID{validate.SwitchMissingCase, validate.SwitchDeadCase}

// routed is one routed message type.
type routed struct {
	mt *validate.MessageType
	t  types.Type // nil when unknown

	// by names the handler that routes it, for messages.
	by string
}

// target is a method to check and what it receives.
type target struct {
	m      *dogmaapi.Method
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
	api := dogmaapi.Of(pass)
	if api == nil {
		return nil, nil
	}
	rep := suppress.NewReporter(pass, Rules)
	cfg := routes.New(pass)

	// The handler methods that receive a message: HandleCommand,
	// HandleEvent, HandleTimeout (HandleDeadline), RouteCommandToInstance
	// and RouteEventToInstance. Checking the name first spares the
	// handler-kind test for the receivers of every other method.
	names := map[string]bool{}
	for k := range api.Handlers {
		for _, spec := range api.HandlerMethods(validate.HandlerKind(k)) {
			names[spec.Name] = true
		}
	}
	roots := rootAggregates(pass, api, cfg)
	for fd := range dogmaapi.Methods(pass.Files) {
		if names[fd.Name.Name] {
			checkHandlerMethod(pass, rep, api, cfg, fd)
		}
		if m := api.RootMethod(pass.TypesInfo, fd); m != nil {
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
			check(pass, rep, api, t)
		}
	}
	rep.Finish()
	return nil, nil
}

// checkHandlerMethod checks fd when it is a method of a handler that
// receives a message.
func checkHandlerMethod(pass *analysis.Pass, rep *suppress.Reporter, api *dogmaapi.API, cfg *routes.Config, fd *ast.FuncDecl) {
	m := api.HandlerMethod(pass.TypesInfo, fd, fd.Name.Name)
	if m == nil || m.Spec.Message < 0 {
		return
	}
	name := m.Spec.Name
	if name == api.Names.HandleTimeout {
		name = "HandleTimeout" // the rule book's name
	}
	rk, ok := validate.ConsumedRouteKind(m.Kind, name)
	dh := cfg.Handler(m.Recv)
	if !ok || dh == nil {
		return
	}
	t := target{m: m, complete: dh.Config.RoutesComplete, deadCases: true}
	t.routed = routedOf(dh, rk, nil)
	check(pass, rep, api, t)
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
			t = dogmaapi.Unalias(h.RouteTypes[i])
		}
		out = append(out, routed{mt: r.Type, t: t, by: h.Object.Name()})
	}
	return out
}

// rootAggregates maps each root type that an aggregate's New (declared in
// this package) returns to those aggregates. A nil entry stands for an
// aggregate whose configuration is unknown.
func rootAggregates(pass *analysis.Pass, api *dogmaapi.API, cfg *routes.Config) map[*types.TypeName][]*dogmaconfig.Handler {
	roots := map[*types.TypeName][]*dogmaconfig.Handler{}
	for fd := range dogmaapi.Methods(pass.Files) {
		m := api.HandlerMethod(pass.TypesInfo, fd, "New")
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
