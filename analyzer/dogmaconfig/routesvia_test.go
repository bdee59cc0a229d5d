package dogmaconfig_test

import (
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/testload"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
)

// TestResultRoutesVia checks what the facts do not show of registrations
// through Routes: the Via function, the position of the Via call, the
// handler object behind a forwarding adaptor, and the adaptors that cannot
// be followed.
func TestResultRoutesVia(t *testing.T) {
	pkgs := testload.Load(t, "testdata/v0.16.0", true, "./viaadaptor")
	g := testload.Analyze(t, pkgs, dogmaconfig.Analyzer)
	var res *dogmaconfig.Result
	for _, act := range g.Roots {
		if act.Package.PkgPath == "example.test/dogmaconfig/viaadaptor" {
			res = act.Result.(*dogmaconfig.Result)
		}
	}
	if res == nil || len(res.Applications) != 2 {
		t.Fatalf("got result %+v", res)
	}
	fset := pkgs[0].Fset
	app := res.Applications[0]
	regs := app.Config.Registrations
	if len(regs) != 2 || len(app.HandlerObjects) != 2 {
		t.Fatalf("got %d registrations (%d objects), want 2", len(regs), len(app.HandlerObjects))
	}
	for i, r := range regs {
		if r.Func != "ViaProjection" || app.HandlerObjects[i] == nil || app.HandlerObjects[i].Name() != "Ledger" {
			t.Errorf("registration %d: func %q, object %v", i, r.Func, app.HandlerObjects[i])
		}
		if p := fset.Position(r.Pos); p.Line != 36+i || p.Column != 3 {
			t.Errorf("registration %d at %s, want the Via call on line %d", i, p, 36+i)
		}
	}
	var funcs []string
	for _, a := range app.Summary.Adaptors {
		funcs = append(funcs, a.Func)
	}
	want := []string{
		"example.test/dogmaconfig/kit.Named",
		"example.test/dogmaconfig/kit.Pick",
		"example.test/dogmaconfig/kit.Swap",
		"example.test/dogmaconfig/kit.New",
	}
	if len(funcs) != len(want) {
		t.Fatalf("adaptors %v, want %v", funcs, want)
	}
	for i := range want {
		if funcs[i] != want[i] {
			t.Errorf("adaptor %d is %s, want %s", i, funcs[i], want[i])
		}
	}
	if app.Config.RegistrationsComplete {
		t.Error("registrations through adaptors that cannot be followed are taken as complete")
	}
}
