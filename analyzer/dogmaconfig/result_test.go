package dogmaconfig_test

import (
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

// results runs the analyzer on the testdata packages with the fact sanity
// check and returns each root package's result by path.
func results(t *testing.T, patterns ...string) map[string]*dogmaconfig.Result {
	t.Helper()
	pkgs := testload.Load(t, "testdata", true, patterns...)
	g := testload.Analyze(t, pkgs, dogmaconfig.Analyzer)
	out := map[string]*dogmaconfig.Result{}
	for _, act := range g.Roots {
		out[act.Package.PkgPath] = act.Result.(*dogmaconfig.Result)
	}
	return out
}

func TestResultInstantiatesGenericHandlers(t *testing.T) {
	res := results(t, "./registrations")["example.test/registrations"]
	if len(res.Applications) != 5 {
		t.Fatalf("got %d applications, want 5", len(res.Applications))
	}
	app := res.Applications[0]
	if app.Object.Name() != "App" {
		t.Fatalf("first application is %s, want App", app.Object.Name())
	}
	regs := app.Config.Registrations
	if len(regs) != 8 || len(app.HandlerObjects) != 8 {
		t.Fatalf("got %d registrations (%d objects), want 8", len(regs), len(app.HandlerObjects))
	}
	gen := regs[5].Handler
	if gen == nil || len(gen.Routes) != 1 || gen.Routes[0].Type == nil {
		t.Fatalf("generic registration: got %+v", gen)
	}
	if got, want := gen.Routes[0].Type.Name, "example.test/msgs.CmdB"; got != want {
		t.Errorf("instantiated route type: got %q, want %q", got, want)
	}
	if !gen.RoutesComplete {
		t.Errorf("instantiated generic handler should have complete routes")
	}
	if got := app.HandlerObjects[5].Name(); got != "Gen" {
		t.Errorf("HandlerObjects[5] = %s, want Gen", got)
	}
	if regs[7].Handler != nil || app.HandlerObjects[7] != nil {
		t.Errorf("RegisterAggregate(nil) should be a nil handler")
	}

	// The generic handler on its own: its type-parameter route is unknown.
	h := res.Handler(app.HandlerObjects[5])
	if h == nil {
		t.Fatal("Result.Handler(Gen) = nil")
	}
	if h.Config.RoutesComplete || len(h.Config.Routes) != 0 {
		t.Errorf("generic handler alone: got routes %+v complete=%v", h.Config.Routes, h.Config.RoutesComplete)
	}
}

func TestResultRouteTypes(t *testing.T) {
	res := results(t, "./routes")["example.test/routes"]
	for _, h := range res.Handlers {
		if len(h.RouteTypes) != len(h.Config.Routes) {
			t.Errorf("%s: %d route types for %d routes", h.Object.Name(), len(h.RouteTypes), len(h.Config.Routes))
			continue
		}
		for i, r := range h.Config.Routes {
			typ := h.RouteTypes[i]
			if (typ == nil) != (r.Type == nil) {
				t.Errorf("%s route %d: type %v for model type %+v", h.Object.Name(), i, typ, r.Type)
			}
			if !r.Pos.IsValid() {
				t.Errorf("%s route %d has no position", h.Object.Name(), i)
			}
		}
		if !h.Config.Pos.IsValid() {
			t.Errorf("%s has no position", h.Object.Name())
		}
	}
}

// TestCrossPackagePositions checks that positions in facts map back to the
// handler's files when they are in the file set.
func TestCrossPackagePositions(t *testing.T) {
	pkgs := testload.Load(t, "testdata", true, "./crosspkg/...")
	g := testload.Analyze(t, pkgs, dogmaconfig.Analyzer)
	var app *dogmaconfig.Application
	var fset = pkgs[0].Fset
	for act := range g.All() {
		if act.Package.PkgPath == "example.test/crosspkg/app" && act.Analyzer == dogmaconfig.Analyzer {
			app = act.Result.(*dogmaconfig.Result).Applications[0]
		}
	}
	if app == nil {
		t.Fatal("no application in crosspkg/app")
	}
	h := app.Config.Registrations[0].Handler
	if len(h.Identities) != 1 {
		t.Fatalf("registered handler identities: %+v", h.Identities)
	}
	p := fset.Position(h.Identities[0].Pos)
	if p.Line != 16 || !hasSuffix(p.Filename, "crosspkg/handlers/handlers.go") {
		t.Errorf("identity position of the imported handler: got %v, want handlers.go:16", p)
	}
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// TestTestdataTypeChecks guards the testdata: only illtyped may have errors,
// since the analyzer runs despite errors and would hide mistakes.
func TestTestdataTypeChecks(t *testing.T) {
	pkgs := testload.Load(t, "testdata", false, "./...")
	for _, p := range pkgs {
		if len(p.Errors) > 0 && p.PkgPath != "example.test/illtyped" {
			t.Errorf("%s: %v", p.PkgPath, p.Errors)
		}
		if len(p.Errors) == 0 && p.PkgPath == "example.test/illtyped" {
			t.Errorf("illtyped type-checks")
		}
	}
}

// TestResultDelegatedConfigure checks that a generic wrapper delegating to
// its type parameter's Configure gets the wrapped handler's configuration
// where it is instantiated, and is partial on its own.
func TestResultDelegatedConfigure(t *testing.T) {
	res := results(t, "./registrations")["example.test/registrations"]
	var wrapApp *dogmaconfig.Application
	for _, a := range res.Applications {
		if a.Object.Name() == "WrapApp" {
			wrapApp = a
		}
	}
	if wrapApp == nil || len(wrapApp.Config.Registrations) != 1 {
		t.Fatal("no WrapApp with one registration")
	}
	h := wrapApp.Config.Registrations[0].Handler
	if !h.IdentitiesComplete || !h.RoutesComplete || !h.DisabledKnown {
		t.Errorf("instantiated wrapper should be fully known: %+v", h)
	}
	if len(h.Identities) != 1 || h.Identities[0].Name != "gen" {
		t.Errorf("identities: got %+v, want the wrapped handler's", h.Identities)
	}
	var routes []string
	for _, r := range h.Routes {
		routes = append(routes, r.Type.Name)
	}
	if got, want := strings.Join(routes, " "), "example.test/msgs.EvtB example.test/msgs.CmdA"; got != want {
		t.Errorf("routes: got %s, want %s", got, want)
	}
	for _, hh := range res.Handlers {
		if hh.Object.Name() == "Wrap" && (hh.Config.IdentitiesComplete || hh.Config.RoutesComplete) {
			t.Errorf("the wrapper on its own should be partial: %+v", hh.Config)
		}
	}
}

// TestResultRegisteredValues checks that each registration of a handler
// whose fields are known gets its own configuration, and that the
// handler's own stays in Generic.
func TestResultRegisteredValues(t *testing.T) {
	res := results(t, "./registrations")["example.test/registrations"]
	var app *dogmaconfig.Application
	for _, a := range res.Applications {
		if a.Object.Name() == "NamedApp" {
			app = a
		}
	}
	if app == nil {
		t.Fatal("no application NamedApp")
	}
	regs := app.Config.Registrations
	if len(regs) != 2 || len(app.Generic) != 2 {
		t.Fatalf("got %d registrations (%d declared), want 2", len(regs), len(app.Generic))
	}
	for i, want := range []struct{ name, key string }{{"first", "5d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"}, {"second", ""}} {
		h := regs[i].Handler
		if h == nil || len(h.Identities) != 1 || !h.IdentitiesComplete {
			t.Fatalf("registration %d: got %+v", i, h)
		}
		id := h.Identities[0]
		if !id.NameKnown || !id.KeyKnown || id.Name != want.name || id.Key != want.key {
			t.Errorf("registration %d: identity %q/%q (known %v/%v), want %q/%q", i, id.Name, id.Key, id.NameKnown, id.KeyKnown, want.name, want.key)
		}
		own := app.Generic[i]
		if own == nil || len(own.Identities) != 1 || own.Identities[0].NameKnown {
			t.Errorf("registration %d: the handler's own configuration should have an unknown name, got %+v", i, own)
		}
	}
}
