package cli

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestReducedLoadKeepsFindings checks that the reduced load gives the same
// findings, as text and as JSON, as loading everything with syntax.
func TestReducedLoadKeepsFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	for _, c := range []struct {
		pattern  string
		findings bool
	}{
		{"../../testdata/example-defects/...", true},
		{"../../testdata/example/...", false},
		// Only the application package: the handler packages it imports
		// are not named, and must still be analysed for their facts.
		{"../../testdata/example-defects/app", true},
	} {
		t.Run(c.pattern, func(t *testing.T) {
			full, err := loadFull([]string{c.pattern}, true)
			if err != nil {
				t.Fatal(err)
			}
			reduced, err := loadReduced([]string{c.pattern}, true)
			if err != nil || reduced == nil {
				t.Fatalf("reduced load: %v, %v", reduced, err)
			}
			wantText, wantJSON := analyzeForTest(t, full)
			gotText, gotJSON := analyzeForTest(t, reduced)
			if gotText != wantText {
				t.Errorf("reduced load findings:\n%s\nfull load findings:\n%s", gotText, wantText)
			}
			if gotJSON != wantJSON {
				t.Errorf("reduced load JSON:\n%s\nfull load JSON:\n%s", gotJSON, wantJSON)
			}
			if c.findings != (wantText != "") {
				t.Errorf("findings = %q, want some: %v", wantText, c.findings)
			}
		})
	}
}

func analyzeForTest(t *testing.T, l *loaded) (text, json string) {
	t.Helper()
	if len(l.problems) > 0 || !l.usesDogma() {
		t.Fatalf("problems %q, uses dogma %v", l.problems, l.usesDogma())
	}
	graph, err := checker.Analyze(suite.All, l.pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := analysisFailures(graph); len(f) > 0 {
		t.Fatal(f)
	}
	var tb, jb bytes.Buffer
	printText(&tb, collect(graph), -1)
	sortDiagnostics(graph)
	if err := graph.PrintJSON(&jb); err != nil {
		t.Fatal(err)
	}
	return tb.String(), jb.String()
}

// TestReducedLoadGraph checks that only the application's packages are
// loaded with syntax: std and dogma come from export data.
func TestReducedLoadGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	l, err := load([]string{"../../testdata/example/app"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !l.reduced || len(l.pkgs) != 1 || !l.usesDogma() {
		t.Fatalf("reduced %v, %d roots, uses dogma %v", l.reduced, len(l.pkgs), l.usesDogma())
	}
	const prefix = "github.com/dogmavet/dogmavet/testdata/example/"
	var analysed []string
	packages.Visit(l.pkgs, nil, func(p *packages.Package) {
		analysed = append(analysed, strings.TrimPrefix(p.PkgPath, prefix))
		if len(p.Syntax) == 0 || p.TypesInfo == nil {
			t.Errorf("%s reachable without syntax", p.PkgPath)
		}
	})
	sort.Strings(analysed)
	want := "app domain integration messages projections readmodel workflow"
	if got := strings.Join(analysed, " "); got != want {
		t.Errorf("packages reachable from the root: %s, want %s", got, want)
	}

	// The application imports dogma, whose types therefore came from
	// export data: nothing above reached it with syntax.
	found := false
	for _, p := range l.pkgs[0].Types.Imports() {
		found = found || p.Path() == dogmaPath
	}
	if !found {
		t.Errorf("app's types do not import %s", dogmaPath)
	}
}

func TestNameable(t *testing.T) {
	for _, c := range []struct {
		id, path string
		want     bool
	}{
		{"example.com/a", "example.com/a", true},
		{"example.com/a [example.com/b.test]", "example.com/a", false},
		{"example.com/a_test [example.com/a.test]", "example.com/a_test", false},
		{"example.com/a.test", "example.com/a.test", false},
		{"command-line-arguments", "command-line-arguments", false},
	} {
		if got := nameable(&packages.Package{ID: c.id, PkgPath: c.path}); got != c.want {
			t.Errorf("nameable(%q) = %v, want %v", c.id, got, c.want)
		}
	}
}

// TestReducedLoadFallsBack checks that a package go list cannot name, here
// the application recompiled for a handler package's tests, makes the
// reduced load give up, while the selective load, which names nothing,
// gives it syntax and the same findings as loading everything with syntax.
func TestReducedLoadFallsBack(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	dir := t.TempDir()
	e2etest.ExampleModule(t, e2etest.RepoRoot(t), "example-defects", dir)
	// An internal test makes "domain [domain.test]" differ from domain, so
	// the application that the external test imports is recompiled against
	// it, as "app [domain.test]".
	e2etest.WriteFile(t, filepath.Join(dir, "domain", "internal_test.go"), `package domain

import "testing"

func TestInternal(t *testing.T) {}
`)
	e2etest.WriteFile(t, filepath.Join(dir, "domain", "app_test.go"), `package domain_test

import (
	"testing"

	"`+e2etest.ModulePath+`/testdata/example-defects/app"
)

func TestApp(t *testing.T) { _ = app.New() }
`)
	t.Chdir(dir)

	if r, err := loadReduced([]string{"./..."}, true); r != nil || err != nil {
		t.Fatalf("reduced load %v, %v although app [domain.test] imports dogma", r, err)
	}
	full, err := loadFull([]string{"./..."}, true)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := analyzeForTest(t, full)
	for name, l := range map[string]*loaded{
		"selective": loadSelective([]string{"./..."}, true),
		"fallback":  mustLoadUnreduced(t),
	} {
		if l == nil {
			t.Fatalf("%s load gave up", name)
		}
		if got, _ := analyzeForTest(t, l); got != want || got == "" {
			t.Errorf("%s load findings:\n%s\nfull load findings:\n%s", name, got, want)
		}
	}

	// Without tests, there is no such package.
	r, err := loadReduced([]string{"./..."}, false)
	if err != nil || r == nil {
		t.Errorf("reduced load without tests: %v, %v", r, err)
	}
}

// mustLoadUnreduced loads ./... as load does when the selective load gives
// up, and checks that it loads everything with syntax.
func mustLoadUnreduced(t *testing.T) *loaded {
	t.Helper()
	l, err := loadReduced([]string{"./..."}, true)
	if err == nil && l == nil {
		l, err = loadFull([]string{"./..."}, true)
	}
	if err != nil {
		t.Fatal(err)
	}
	if l.reduced {
		t.Fatal("reduced load although app [domain.test] imports dogma")
	}
	return l
}
