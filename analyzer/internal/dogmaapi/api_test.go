package dogmaapi_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/validate"
)

// program type-checks src, a package importing a served dogma (and what
// that dogma imports), and returns it with the API and the type of each
// package-level variable.
func program(t *testing.T, served, src string) (*dogmaapi.API, *types.Info, *ast.File, map[string]types.Type) {
	t.Helper()
	_, dogma := loadModule(t, filepath.Join("testdata", served))
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	imports := importerFunc(func(path string) (*types.Package, error) {
		if path == dogmaapi.Path {
			return dogma.Types, nil
		}
		if p, ok := dogma.Imports[path]; ok {
			return p.Types, nil
		}
		return nil, fmt.Errorf("%s is not available", path)
	})
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Instances: map[*ast.Ident]types.Instance{}}
	pkg, err := (&types.Config{Importer: imports}).Check("example.test/p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	api, err := dogmaapi.Find(pkg, served)
	if err != nil || api == nil {
		t.Fatalf("Find: %v, %v", api, err)
	}
	vars := map[string]types.Type{}
	for _, name := range pkg.Scope().Names() {
		if v, ok := pkg.Scope().Lookup(name).(*types.Var); ok {
			vars[name] = v.Type()
		}
	}
	return api, info, f, vars
}

func TestRouteValueTypes(t *testing.T) {
	for _, served := range []string{"v0.15.0", "v0.25.0"} {
		t.Run(served, func(t *testing.T) {
			api, _, _, vars := program(t, served, `package p

import "github.com/dogmatiq/dogma"

type Cmd struct{}

func (*Cmd) MessageDescription() string                     { return "" }
func (*Cmd) Validate(dogma.CommandValidationScope) error    { return nil }
func (*Cmd) MarshalBinary() ([]byte, error)                 { return nil, nil }
func (*Cmd) UnmarshalBinary([]byte) error                   { return nil }

var Routes = []dogma.AggregateRoute{dogma.HandlesCommand[*Cmd]()}
var One = dogma.HandlesCommand[*Cmd]()
var Struct dogma.HandlesCommandRoute
var Any any = One
var Anys []any

// Wider has a route interface and a method of its own: not a route type.
type Wider interface {
	dogma.AggregateRoute
	Extra()
}

var W Wider

// Configurer embeds a dogma configurer but is the program's own interface.
type Configurer interface{ dogma.AggregateConfigurer }

var C Configurer
var AC dogma.AggregateConfigurer
`)
			for name, want := range map[string]bool{"One": true, "Struct": true, "Any": false, "W": false} {
				if got := api.IsRouteValueType(vars[name]); got != want {
					t.Errorf("IsRouteValueType(%s %s) = %t", name, vars[name], got)
				}
			}
			if !api.IsRouteSliceType(vars["Routes"]) || api.IsRouteSliceType(vars["Anys"]) {
				t.Errorf("IsRouteSliceType: Routes %t, Anys %t", api.IsRouteSliceType(vars["Routes"]), api.IsRouteSliceType(vars["Anys"]))
			}
			if k, ok := api.RouteStruct(vars["Struct"]); !ok || k != validate.HandlesCommandRoute {
				t.Errorf("RouteStruct(HandlesCommandRoute) = %v, %t", k, ok)
			}
			if e, k := api.ConfigurerKind(vars["AC"]); e != dogmaapi.HandlerEntity || k != validate.AggregateHandler {
				t.Errorf("ConfigurerKind(AggregateConfigurer) = %v, %v", e, k)
			}
			if api.IsConfigurer(vars["C"]) {
				t.Error("the program's own interface embedding AggregateConfigurer is taken for dogma's")
			}
		})
	}
}

// TestMessageTypes checks the description of messages with value and
// pointer receivers against the generation's Timeout or Deadline, and of
// types named through aliases.
func TestMessageTypes(t *testing.T) {
	api, _, _, vars := program(t, "v0.16.0", `package p

import "github.com/dogmatiq/dogma"

type ByValue struct{}

func (ByValue) MessageDescription() string                  { return "" }
func (ByValue) Validate(dogma.TimeoutValidationScope) error { return nil }

type ByPointer struct{}

func (*ByPointer) MessageDescription() string                { return "" }
func (*ByPointer) Validate(dogma.EventValidationScope) error { return nil }

var V ByValue
var PV *ByValue
var P ByPointer
var PP *ByPointer
var E dogma.Event

// Aliases are described as the types they name.
type Alias = ByPointer
type Box[T any] struct{ v T }

var PA *Alias
var BA Box[*Alias]
`)
	timeout, event := validate.KindsOf(validate.Timeout), validate.KindsOf(validate.Event)
	for name, want := range map[string]validate.MessageType{
		"V":  {Name: "example.test/p.ByValue", Display: "p.ByValue", Implements: timeout, PointerImplements: timeout},
		"PV": {Name: "*example.test/p.ByValue", Display: "*p.ByValue", Implements: timeout, Pointer: true, ElemImplements: timeout},
		"P":  {Name: "example.test/p.ByPointer", Display: "p.ByPointer", PointerImplements: event},
		"PP": {Name: "*example.test/p.ByPointer", Display: "*p.ByPointer", Implements: event, Pointer: true},
		"E":  {Name: "github.com/dogmatiq/dogma.Event", Display: "dogma.Event", Implements: event, Interface: true},
		"PA": {Name: "*example.test/p.ByPointer", Display: "*p.ByPointer", Implements: event, Pointer: true},
		"BA": {Name: "example.test/p.Box[*example.test/p.ByPointer]", Display: "p.Box[*p.ByPointer]"},
	} {
		// Twice: the second answer comes from the cache.
		for range 2 {
			if got := api.MessageType(vars[name]); *got != want {
				t.Errorf("MessageType(%s) = %+v, want %+v", name, *got, want)
			}
		}
	}
}

// TestScopeMethods classifies calls on scopes, on a type embedding a scope,
// and on look-alikes.
func TestScopeMethods(t *testing.T) {
	api, info, f, _ := program(t, "v0.25.0", `package p

import (
	"context"
	"time"

	"github.com/dogmatiq/dogma"
)

type root struct{ n int }

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

// wrapped embeds the scope and overrides End.
type wrapped struct {
	dogma.ProcessEventScope[*root]
}

func (wrapped) End() {}

type fake struct{}

func (fake) ExecuteCommand(dogma.Command) {}

func calls(ctx context.Context, s dogma.ProcessEventScope[*root], d dogma.ProcessDeadlineScope[*root], x dogma.CommandExecutor, c dogma.Command, dl dogma.Deadline) {
	s.ExecuteCommand(c)                 // ExecuteCommand
	d.ScheduleDeadline(dl, time.Time{}) // ScheduleTimeout
	s.Mutate(func(r *root) { r.n++ })   // Mutate
	s.End()                             // End
	s.Log("x")                          // other
	w := wrapped{s}
	w.ExecuteCommand(c) // ExecuteCommand
	w.End()             // not
	fake{}.ExecuteCommand(c) // not
	_ = x.ExecuteCommand(ctx, c) // not
}
`)
	want := []dogmaapi.ScopeCall{dogmaapi.ExecuteCommand, dogmaapi.ScheduleTimeout, dogmaapi.Mutate, dogmaapi.End,
		dogmaapi.OtherScopeCall, dogmaapi.ExecuteCommand, dogmaapi.NotScopeCall, dogmaapi.NotScopeCall, dogmaapi.NotScopeCall}
	var got []dogmaapi.ScopeCall
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal {
			return true
		}
		got = append(got, api.ScopeMethod(s.Obj().(*types.Func)))
		return true
	})
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ScopeMethod: got %v, want %v", got, want)
	}
}
