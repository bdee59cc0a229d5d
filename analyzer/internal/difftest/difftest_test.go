package difftest_test

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/conflicts"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/crosspkg"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/identity"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/noappidentity"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/routes"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/shapes"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/valid"
	"github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/values"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
	"github.com/dogmavet/dogmavet/validate"
)

const fixturesPath = "github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/"

// fixtures maps each fixture directory to its application. Every directory
// but msgs must be listed (the test checks), so a new fixture cannot be
// silently left out.
var fixtures = map[string]dogma.Application{
	"conflicts":     conflicts.App{},
	"crosspkg":      crosspkg.App{},
	"identity":      identity.App{},
	"noappidentity": noappidentity.App{},
	"routes":        routes.App{},
	"shapes":        shapes.App{},
	"valid":         valid.App{},
	"values":        values.App{},
}

// runtimeOnly lists the rules that only the run-time front end can see.
var runtimeOnly = []validate.RuleID{validate.ConfigurePanic}

func TestStaticEqualsRuntime(t *testing.T) {
	entries, err := os.ReadDir("testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "msgs" {
			if _, ok := fixtures[e.Name()]; !ok {
				t.Errorf("fixture %s is not listed in fixtures", e.Name())
			}
		}
	}

	pkgs := testload.Load(t, ".", true, "./testdata/fixtures/...")
	g := testload.Analyze(t, pkgs, configcheck.Analyzer, dogmaconfig.Analyzer)

	static := map[string]map[validate.RuleID]bool{}
	for name := range fixtures {
		static[name] = map[validate.RuleID]bool{}
	}
	for act := range g.All() {
		name := fixtureOf(act.Package.PkgPath)
		if name == "" || name == "msgs" {
			continue
		}
		switch act.Analyzer {
		case configcheck.Analyzer:
			for _, d := range act.Diagnostics {
				static[name][validate.RuleID(d.Category)] = true
			}
		case dogmaconfig.Analyzer:
			checkComplete(t, act.Package.PkgPath, act.Result.(*dogmaconfig.Result))
		}
	}

	covered := map[validate.RuleID]bool{}
	names := make([]string, 0, len(fixtures))
	for name := range fixtures {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		runtime := map[validate.RuleID]bool{}
		for _, p := range validate.App(fixtures[name]) {
			runtime[p.Rule] = true
			covered[p.Rule] = true
		}
		t.Logf("%s: %s", name, setString(runtime))
		if got, want := setString(static[name]), setString(runtime); got != want {
			t.Errorf("fixture %s:\nstatic:   %s\nrun time: %s", name, got, want)
		}
	}

	// The fixtures together must exercise every rule the analyzer can
	// report, or the comparison proves less than it seems to.
	for _, id := range configcheck.Rules {
		if !covered[id] && !slices.Contains(runtimeOnly, id) {
			t.Errorf("no fixture breaks rule %s", id)
		}
	}
}

// fixtureOf returns the fixture a package belongs to.
func fixtureOf(path string) string {
	rest, ok := strings.CutPrefix(path, fixturesPath)
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return name
}

// checkComplete fails the test unless extraction knows every part of every
// configuration of the package: the comparison holds only for those.
func checkComplete(t *testing.T, pkg string, res *dogmaconfig.Result) {
	t.Helper()
	handler := func(where string, h *validate.Handler) {
		if h != nil && (!h.IdentitiesComplete || !h.DisabledKnown || (!h.RoutesComplete && !isGeneric(h))) {
			t.Errorf("%s: %s: configuration not fully known: %+v", pkg, where, h)
		}
	}
	for _, h := range res.Handlers {
		handler(h.Object.Name(), h.Config)
	}
	for _, a := range res.Applications {
		if !a.Config.IdentitiesComplete || !a.Config.RegistrationsComplete {
			t.Errorf("%s: %s: application not fully known", pkg, a.Object.Name())
		}
		for _, r := range a.Config.Registrations {
			if r.Handler != nil && !r.Handler.RoutesComplete {
				t.Errorf("%s: %s: registered %s: routes not fully known", pkg, a.Object.Name(), r.Handler.GoType)
			}
			handler(a.Object.Name()+" registers "+func() string {
				if r.Handler == nil {
					return "nil"
				}
				return r.Handler.GoType
			}(), r.Handler)
		}
	}
}

// isGeneric reports whether h is a generic handler's own declaration, whose
// type-parameter routes are known only where it is instantiated.
func isGeneric(h *validate.Handler) bool { return strings.Contains(h.GoType, "[") }

func setString(s map[validate.RuleID]bool) string {
	var ids []string
	for id := range s {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	return "[" + strings.Join(ids, " ") + "]"
}
