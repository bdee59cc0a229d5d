package difftest_test

import (
	"fmt"
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
	exampledefects "github.com/dogmavet/dogmavet/testdata/example-defects/app"
	example "github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/validate"
)

const (
	fixturesPath = "github.com/dogmavet/dogmavet/analyzer/internal/difftest/testdata/fixtures/"
	examplesPath = "github.com/dogmavet/dogmavet/testdata/"
)

// examples are the repository's example applications, by directory under
// testdata: they take part when their configuration is fully known.
var examples = map[string][]dogma.Application{
	"example":         {example.App{}},
	"example-defects": {exampledefects.App{}, exampledefects.BodyDefectsApp{}},
}

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

	pkgs := testload.Load(t, ".", true, "./testdata/fixtures/...",
		"../../../testdata/example/...", "../../../testdata/example-defects/...")
	g := testload.Analyze(t, pkgs, configcheck.Analyzer, dogmaconfig.Analyzer)

	apps := map[string][]dogma.Application{}
	for name, app := range fixtures {
		apps[name] = []dogma.Application{app}
	}
	for name, as := range examples {
		apps[name] = as
	}
	static := map[string]map[validate.RuleID]bool{}
	incomplete := map[string][]string{}
	for name := range apps {
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
			incomplete[name] = append(incomplete[name],
				unknownParts(act.Package.PkgPath, act.Result.(*dogmaconfig.Result))...)
		}
	}

	covered := map[validate.RuleID]bool{}
	names := make([]string, 0, len(apps))
	for name := range apps {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if parts := incomplete[name]; len(parts) > 0 {
			if _, own := fixtures[name]; own {
				// A fixture is written to be fully known.
				t.Errorf("fixture %s is not fully known statically:\n\t%s", name, strings.Join(parts, "\n\t"))
			} else {
				t.Logf("%s is not fully known statically, so it is not compared:\n\t%s", name, strings.Join(parts, "\n\t"))
			}
			continue
		}
		runtime := map[validate.RuleID]bool{}
		for _, app := range apps[name] {
			for _, p := range validate.Application(app) {
				runtime[p.Rule] = true
				covered[p.Rule] = true
			}
		}
		t.Logf("%s: %s", name, setString(runtime))
		if got, want := setString(static[name]), setString(runtime); got != want {
			t.Errorf("fixture %s:\nstatic:   %s\nrun time: %s", name, got, want)
		}
	}

	// The fixtures together must exercise every rule the analyzer can
	// report, or the comparison proves less than it seems to.
	// Rules that the live front end does not check (the message type
	// registry, which dogma v0.15.0, the live front end's, does not have)
	// cannot be compared.
	for _, id := range configcheck.Rules {
		if r, ok := validate.RuleFor(id); ok && !r.Checked.Has(validate.CheckedLive) {
			continue
		}
		if !covered[id] && !slices.Contains(runtimeOnly, id) {
			t.Errorf("no fixture breaks rule %s", id)
		}
	}
}

// fixtureOf returns the fixture or example a package belongs to.
func fixtureOf(path string) string {
	for _, prefix := range []string{fixturesPath, examplesPath} {
		if rest, ok := strings.CutPrefix(path, prefix); ok {
			name, _, _ := strings.Cut(rest, "/")
			return name
		}
	}
	return ""
}

// unknownParts describes each part of the package's configurations that
// extraction does not know: the comparison holds only without them.
func unknownParts(pkg string, res *dogmaconfig.Result) []string {
	var out []string
	handler := func(where string, h *validate.Handler) {
		if h != nil && (!h.IdentitiesComplete || !h.DisabledKnown || !h.RoutesComplete) {
			out = append(out, fmt.Sprintf("%s: %s: identities known %v, routes known %v, disabled known %v",
				pkg, where, h.IdentitiesComplete, h.RoutesComplete, h.DisabledKnown))
		}
	}
	for _, h := range res.Handlers {
		// A generic handler is known only where it is instantiated, in the
		// registrations below.
		if h.Summary.TypeParams == 0 {
			handler(h.Object.Name(), h.Config)
		}
	}
	for _, a := range res.Applications {
		if !a.Config.IdentitiesComplete || !a.Config.RegistrationsComplete {
			out = append(out, fmt.Sprintf("%s: %s: identities known %v, registrations known %v",
				pkg, a.Object.Name(), a.Config.IdentitiesComplete, a.Config.RegistrationsComplete))
		}
		for _, r := range a.Config.Registrations {
			if r.Handler == nil {
				continue
			}
			if !r.Handler.RoutesComplete {
				out = append(out, fmt.Sprintf("%s: %s registers %s: routes not known", pkg, a.Object.Name(), r.Handler.GoType))
			}
			handler(a.Object.Name()+" registers "+r.Handler.GoType, r.Handler)
		}
	}
	return out
}

func setString(s map[validate.RuleID]bool) string {
	var ids []string
	for id := range s {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	return "[" + strings.Join(ids, " ") + "]"
}
