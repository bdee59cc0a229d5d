package dogmaapi_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/validate"
)

var kindNames = [...]string{"aggregate", "process", "integration", "projection"}

var scopeCallNames = map[dogmaapi.ScopeCall]string{
	dogmaapi.RecordEvent:     "RecordEvent",
	dogmaapi.ExecuteCommand:  "ExecuteCommand",
	dogmaapi.ScheduleTimeout: "ScheduleTimeout",
	dogmaapi.End:             "End",
	dogmaapi.Mutate:          "Mutate",
	dogmaapi.Destroy:         "Destroy",
	dogmaapi.OtherScopeCall:  "other",
}

var behaviorNames = map[dogmaapi.Behavior]string{
	dogmaapi.NoTimeoutMessagesBehavior: "NoTimeoutMessagesBehavior",
	dogmaapi.StatelessProcessBehavior:  "StatelessProcessBehavior",
	dogmaapi.NoCompactBehavior:         "NoCompactBehavior",
	dogmaapi.NoSnapshotBehavior:        "NoSnapshotBehavior",
	dogmaapi.NoResetBehavior:           "NoResetBehavior",
}

// transcript writes down everything the recognizer says about a testdata
// module: the generation and names, then, file by file, each handler type,
// handler and root method, embedded behaviour and call it recognises. It is
// what the golden files pin.
func transcript(t *testing.T, dir string, pkgs []*packages.Package, api *dogmaapi.API) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	methodNames := []string{"Configure", "New"}
	for k := range 4 {
		for _, m := range api.HandlerMethods(validate.HandlerKind(k)) {
			if !slices.Contains(methodNames, m.Name) {
				methodNames = append(methodNames, m.Name)
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "generation %s\n", api.Summary())
	n := api.Names
	fmt.Fprintf(&b, "names %s %s %s %s %s %s %s %q\n", n.Timeout, n.HandleTimeout, n.ProcessTimeoutScope,
		n.ScheduleTimeout, n.SchedulesTimeout, n.NoTimeoutMessagesBehavior, n.RegisterTimeout, n.Noun)
	for k := range 4 {
		for _, m := range api.HandlerMethods(validate.HandlerKind(k)) {
			fmt.Fprintf(&b, "interface %s.%s root %d scope %d message %d (%s)\n",
				kindNames[k], m.Name, m.Root, m.Scope, m.Message, m.Consumes)
		}
	}
	var routeNames []string
	for _, k := range []validate.RouteKind{validate.HandlesCommandRoute, validate.RecordsEventRoute,
		validate.HandlesEventRoute, validate.ExecutesCommandRoute, validate.SchedulesTimeoutRoute} {
		routeNames = append(routeNames, api.RouteFuncName(k))
	}
	fmt.Fprintf(&b, "route functions %s\n", strings.Join(routeNames, " "))
	var scopes []string
	for name := range api.Scopes {
		scopes = append(scopes, name)
	}
	slices.Sort(scopes)
	fmt.Fprintf(&b, "scopes %s\n", strings.Join(scopes, " "))

	slices.SortFunc(pkgs, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })
	methods := map[*ast.FuncDecl]bool{}
	for _, p := range pkgs {
		for fd := range dogmaapi.Methods(p.Syntax) {
			methods[fd] = true
		}
	}
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			name, _ := filepath.Rel(dir, p.Fset.Position(f.Pos()).Filename)
			pos := func(n ast.Node) string {
				return fmt.Sprintf("%s:%d", filepath.ToSlash(name), p.Fset.Position(n.Pos()).Line)
			}
			ast.Inspect(f, func(node ast.Node) bool {
				switch node := node.(type) {
				case *ast.TypeSpec:
					tn, _ := p.TypesInfo.Defs[node.Name].(*types.TypeName)
					if tn == nil {
						return true
					}
					if k, ok := api.HandlerKind(tn.Type()); ok {
						fmt.Fprintf(&b, "%s: type %s is a handler, kind %s\n", pos(node), tn.Name(), kindNames[k])
					}
					if st, ok := tn.Type().Underlying().(*types.Struct); ok {
						for i := range st.NumFields() {
							if f := st.Field(i); f.Embedded() {
								if bh, ok := api.Behavior(f.Type()); ok {
									fmt.Fprintf(&b, "%s: type %s embeds %s (%s)\n", pos(node), tn.Name(), behaviorNames[bh], dogmaapi.Display(f.Type()))
								}
							}
						}
					}
				case *ast.FuncDecl:
					if (node.Recv != nil && node.Body != nil) != methods[node] {
						t.Errorf("%s: Methods yields %s: %t", pos(node), node.Name.Name, methods[node])
					}
					if m := api.RootMethod(p.TypesInfo, node); m != nil {
						fmt.Fprintf(&b, "%s: root method %s.ApplyEvent\n", pos(node), m.Recv.Obj().Name())
					}
					for _, name := range methodNames {
						if m := api.HandlerMethod(p.TypesInfo, node, name); m != nil {
							root := "none"
							if r := m.Root(); r != nil {
								root = dogmaapi.Display(r)
							}
							fmt.Fprintf(&b, "%s: %s method %s.%s root %s scope %d message %d\n",
								pos(node), kindNames[m.Kind], m.Recv.Obj().Name(), m.Spec.Name, root, m.Spec.Scope, m.Spec.Message)
						}
					}
				case *ast.CallExpr:
					for _, s := range describeCall(api, p.TypesInfo, node) {
						fmt.Fprintf(&b, "%s: %s\n", pos(node), s)
					}
				}
				return true
			})
		}
	}
	return b.String()
}

// describeCall says what the recognizer makes of one call.
func describeCall(api *dogmaapi.API, info *types.Info, call *ast.CallExpr) []string {
	var out []string
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	if k, ok := api.RouteFunc(fn); ok {
		out = append(out, fmt.Sprintf("route %s (%s)[%s]", fn.Name(), k, messageArg(api, info, call)))
	}
	if k, ok := api.ViaFunc(fn); ok {
		out = append(out, fmt.Sprintf("registers %s via %s", kindNames[k], fn.Name()))
	}
	if k, ok := api.RegistryFunc(fn); ok {
		out = append(out, fmt.Sprintf("registry %s %s[%s]", k, fn.Name(), messageArg(api, info, call)))
	}
	if api.IsAPIMethod(fn) {
		// The configurer is the static type of the receiver expression: from
		// v0.16.0 Identity is declared in the embedded HandlerConfigurer.
		recv := fn.Signature().Recv().Type()
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok {
				recv = s.Recv()
			}
		}
		if k, ok := api.RegisterMethod(fn.Name()); ok && api.IsConfigurer(recv) {
			out = append(out, fmt.Sprintf("registers %s via %s", kindNames[k], fn.Name()))
		}
		if e, k := api.ConfigurerKind(recv); e == dogmaapi.HandlerEntity {
			out = append(out, fmt.Sprintf("%s configurer %s", kindNames[k], fn.Name()))
		} else if e == dogmaapi.ApplicationEntity {
			out = append(out, "application configurer "+fn.Name())
		}
		if sc := api.ScopeMethod(fn); sc != dogmaapi.NotScopeCall {
			out = append(out, fmt.Sprintf("scope %s (%s)", scopeCallNames[sc], fn.Name()))
		}
	}
	if fn.Pkg() == api.Pkg {
		if tv, ok := info.Types[call]; ok && api.IsRouteValueType(tv.Type) {
			out = append(out, "a route value")
		}
		if tv, ok := info.Types[call]; ok && api.IsHandlerRouteType(tv.Type) {
			out = append(out, "a handler route value")
		}
	}
	return out
}

// messageArg returns the message type a generic dogma call is instantiated
// with and the message kinds it implements, as MessageType describes it.
func messageArg(api *dogmaapi.API, info *types.Info, call *ast.CallExpr) string {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.IndexExpr:
		id = selIdent(f.X)
	case *ast.IndexListExpr:
		id = selIdent(f.X)
	default:
		id = selIdent(f)
	}
	if id == nil {
		return "?"
	}
	inst, ok := info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return "?"
	}
	mt := api.MessageType(inst.TypeArgs.At(0))
	var kinds []string
	for _, k := range []validate.MessageKind{validate.Command, validate.Event, validate.Timeout} {
		if mt.Implements.Has(k) {
			kinds = append(kinds, k.String())
		}
	}
	return fmt.Sprintf("%s implementing %s", mt.Display, strings.Join(kinds, "+"))
}

func selIdent(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}
