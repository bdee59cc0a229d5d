package gclplugin_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/dogmaversion"
	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/gclplugin"
	"github.com/dogmavet/dogmavet/internal/e2etest"
)

func newPlugin(t *testing.T, settings any) register.LinterPlugin {
	t.Helper()
	newFn, err := register.GetPlugin("dogmavet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newFn(settings)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRegistered(t *testing.T) {
	p := newPlugin(t, nil)
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != len(suite.All)+1 || as[len(as)-1] != dogmaversion.Analyzer {
		t.Fatalf("got %d analyzers, want suite.All's %d and the version gate", len(as), len(suite.All))
	}
	for i := range suite.All {
		if as[i].Name != suite.All[i].Name || len(as[i].Requires) != len(suite.All[i].Requires) {
			t.Errorf("analyzer %d is %s, want a wrapper of %s", i, as[i].Name, suite.All[i].Name)
		}
	}
}

func TestBadSettings(t *testing.T) {
	for _, c := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"disable": []any{"identity-missing", "no-such-rule"}}, `disable names unknown rule "no-such-rule"`},
		{map[string]any{"enable": []any{"Identity-Missing"}}, `enable names unknown rule "Identity-Missing"`},
		{map[string]any{"disabled": []any{"identity-missing"}}, `unknown field "disabled"`},
		{map[string]any{"disable": "identity-missing"}, `cannot unmarshal string`},
	} {
		_, err := gclplugin.New(c.settings)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", c.settings, err, c.want)
		}
	}
}

// diagnostics runs the plugin's analyzers on the packages and returns the
// diagnostics they report.
func diagnostics(t *testing.T, pkgs []*packages.Package, settings any) []analysis.Diagnostic {
	t.Helper()
	as, err := newPlugin(t, settings).BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze(as, pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ds []analysis.Diagnostic
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		ds = append(ds, act.Diagnostics...)
	}
	return ds
}

// categories returns the categories of the diagnostics the plugin's
// analyzers report on the packages.
func categories(t *testing.T, pkgs []*packages.Package, settings any) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	for _, d := range diagnostics(t, pkgs, settings) {
		got[d.Category] = true
	}
	return got
}

// registeredHere is the related position of a duplicate-key finding, folded
// into its text.
var registeredHere = regexp.MustCompile(` \[app/app\.go:\d+:\d+: aggregate domain\.AccountHandler \(account\) is registered here\]`)

// TestIssueText checks the text golangci-lint shows: the related positions
// folded into it, and the rule ID at its end.
func TestIssueText(t *testing.T) {
	pkgs := loadDefects(t)
	ds := diagnostics(t, pkgs, nil)
	folded := 0
	for _, d := range ds {
		if len(d.Related) > 0 {
			t.Errorf("%q keeps related positions, which golangci-lint shows as issues of their own", d.Message)
		}
		if !strings.HasSuffix(d.Message, " ("+d.Category+")") {
			t.Errorf("%q does not end with its rule ID %s", d.Message, d.Category)
		}
		if d.Category == "duplicate-key" && registeredHere.MatchString(d.Message) {
			folded++
		}
	}
	if folded == 0 {
		t.Errorf("no duplicate-key finding names the other handler's registration in its text: %v", ds)
	}
}

func loadDefects(t *testing.T) []*packages.Package {
	t.Helper()
	root := e2etest.RepoRoot(t)
	// golangci-lint runs in the module, and related positions are
	// relative to its working directory.
	t.Chdir(root + "/testdata/example-defects")
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: root + "/testdata/example-defects"}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the defective example does not compile")
	}
	return pkgs
}

func TestSettingsSelectRules(t *testing.T) {
	root := e2etest.RepoRoot(t)
	pkgs := loadDefects(t)
	want := map[string]bool{}
	for _, d := range e2etest.Defects(t, root+"/testdata/example-defects") {
		want[d.Rule] = true
	}
	all := categories(t, pkgs, nil)
	for rule := range want {
		if !all[rule] {
			t.Errorf("without settings, rule %s is not reported", rule)
		}
	}

	// Turn off two rules that come from different analyzers.
	off := []any{"identity-missing", "switch-missing-case"}
	got := categories(t, pkgs, map[string]any{"disable": off})
	for rule := range want {
		disabled := rule == "identity-missing" || rule == "switch-missing-case"
		if got[rule] == disabled {
			t.Errorf("with disable %v, rule %s reported: %v", off, rule, got[rule])
		}
	}

	got = categories(t, pkgs, map[string]any{"enable": []any{"duplicate-key"}})
	if len(got) != 1 || !got["duplicate-key"] {
		t.Errorf("with enable [duplicate-key], reported %v", got)
	}
}

// TestNoCorePackageImportsThePlugin keeps golangci-lint's registry out of
// dogmavet's own builds: only this package may import it, and no package
// may import this one.
func TestNoCorePackageImportsThePlugin(t *testing.T) {
	root := e2etest.RepoRoot(t)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedImports, Dir: root}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for path := range p.Imports {
			switch {
			case path == "github.com/dogmavet/dogmavet/gclplugin":
				t.Errorf("%s imports the plugin", p.PkgPath)
			case path == "github.com/golangci/plugin-module-register/register" && p.PkgPath != "github.com/dogmavet/dogmavet/gclplugin":
				t.Errorf("%s imports golangci-lint's plugin registry", p.PkgPath)
			}
		}
	}
}

// TestRefusesUnsupportedDogma runs the plugin's analyzers on an application
// on dogma v0.11.1 and on one whose dogma is a look-alike: the run fails
// with the version gate's one-line reason, as golangci-lint shows an
// analyzer's error, rather than passing in silence.
func TestRefusesUnsupportedDogma(t *testing.T) {
	root := e2etest.RepoRoot(t)
	for _, c := range []struct{ dir, want string }{
		{"v0.11.1", "the program's dogma package is older than v0.15.0 (it has no Command interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
		{"lookalike", "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no HandlesCommand[T] function): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
	} {
		t.Run(c.dir, func(t *testing.T) {
			dir := filepath.Join(root, "analyzer", "internal", "dogmaapi", "testdata", c.dir)
			pkgs, err := packages.Load(&packages.Config{
				Mode: packages.LoadAllSyntax,
				Dir:  dir,
				Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
			}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			as, err := newPlugin(t, nil).BuildAnalyzers()
			if err != nil {
				t.Fatal(err)
			}
			g, err := checker.Analyze(as, pkgs, &checker.Options{})
			if err != nil {
				t.Fatal(err)
			}
			refused := 0
			for _, act := range g.Roots {
				if len(act.Diagnostics) > 0 {
					t.Errorf("%s reports on a refused program: %v", act, act.Diagnostics)
				}
				if act.Analyzer != dogmaversion.Analyzer {
					if act.Err != nil {
						t.Errorf("%s failed: %v", act, act.Err)
					}
					continue
				}
				if act.Err == nil {
					continue // a package that does not depend on dogma
				}
				refused++
				if act.Err.Error() != c.want {
					t.Errorf("%s: got %q\nwant %q", act, act.Err, c.want)
				}
			}
			if refused == 0 {
				t.Error("the version gate let the program through")
			}
		})
	}
}
