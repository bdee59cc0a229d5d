package cli

import (
	"go/ast"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestSelectiveLoadKeepsFindings checks that the selective load gives the
// same findings, as text and as JSON, as loading everything with syntax.
func TestSelectiveLoadKeepsFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	for _, pattern := range []string{
		"../../testdata/example-defects/...",
		"../../testdata/example/...",
		// The handler packages the application imports are not named,
		// and must still be analysed for their facts.
		"../../testdata/example-defects/app",
	} {
		t.Run(pattern, func(t *testing.T) {
			for _, tests := range []bool{true, false} {
				full, err := loadFull([]string{pattern}, tests)
				if err != nil {
					t.Fatal(err)
				}
				selective := loadSelective([]string{pattern}, tests)
				if selective == nil {
					t.Fatal("selective load gave up on healthy packages")
				}
				wantText, wantJSON := analyzeForTest(t, full)
				gotText, gotJSON := analyzeForTest(t, selective)
				if gotText != wantText {
					t.Errorf("tests %v: selective load findings:\n%s\nfull load findings:\n%s", tests, gotText, wantText)
				}
				if gotJSON != wantJSON {
					t.Errorf("tests %v: selective load JSON:\n%s\nfull load JSON:\n%s", tests, gotJSON, wantJSON)
				}
			}
		})
	}
}

// TestSelectiveLoadSkipsLibraryTests checks that a dogma importer the
// patterns do not name is loaded with complete syntax, function bodies
// included, and without its own tests, which the reduced load's second go
// list call adds.
func TestSelectiveLoadSkipsLibraryTests(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	dir := t.TempDir()
	e2etest.ExampleModule(t, e2etest.RepoRoot(t), "example-defects", dir)
	e2etest.WriteFile(t, filepath.Join(dir, "domain", "internal_test.go"), `package domain

import "testing"

func TestInternal(t *testing.T) {}
`)
	e2etest.WriteFile(t, filepath.Join(dir, "domain", "external_test.go"), `package domain_test

import "testing"

func TestExternal(t *testing.T) {}
`)
	t.Chdir(dir)

	l := loadSelective([]string{"./app"}, true)
	if l == nil {
		t.Fatal("selective load gave up on healthy packages")
	}
	const domain = e2etest.ModulePath + "/testdata/example-defects/domain"
	var withBodies bool
	packages.Visit(l.pkgs, nil, func(p *packages.Package) {
		if strings.HasPrefix(p.PkgPath, domain) && p.ID != domain {
			t.Errorf("%s loaded although the patterns do not name domain", p.ID)
		}
		if p.ID != domain {
			return
		}
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 0 {
					withBodies = true
				}
			}
		}
	})
	if !withBodies {
		t.Errorf("%s has no function bodies", domain)
	}

	// The reduced load's second go list call lists them: the test above
	// would fail on it.
	reduced, err := loadReduced([]string{"./app"}, true)
	if err != nil || reduced == nil {
		t.Fatalf("reduced load: %v, %v", reduced, err)
	}
	want, _ := analyzeForTest(t, reduced)
	got, _ := analyzeForTest(t, l)
	if got != want || got == "" {
		t.Errorf("selective load findings:\n%s\nreduced load findings:\n%s", got, want)
	}
}

// TestSelectiveLoadGivesUp checks that the selective load leaves what it
// does not handle to the other loads, and handles the healthy look-alike.
func TestSelectiveLoadGivesUp(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages")
	}
	for _, c := range []struct {
		name  string
		file  string // relative to the module
		text  string
		gives bool
	}{
		{"healthy", "domain/extra.go", "package domain\n\nfunc extra() int { return 1 }\n", false},
		{"type error", "domain/extra.go", "package domain\n\nfunc extra() int { return \"one\" }\n", true},
		{"syntax error", "domain/extra.go", "package domain\n\nfunc extra() int { return 1\n", true},
		{"list error", "domain/extra.go", "package domain\n\nimport _ \"example.com/missing\"\n", true},
		// app recompiled for domain's tests, "app [domain.test]", imports
		// dogma: the reduced load cannot name it, this one needs not.
		{"test variant importer", "domain/app_test.go", "package domain_test\n\nimport (\n\t\"testing\"\n\n\t\"" +
			e2etest.ModulePath + "/testdata/example-defects/app\"\n)\n\nfunc TestApp(t *testing.T) { _ = app.New() }\n", false},
		{"cgo", "domain/extra.go", "package domain\n\nimport \"C\"\n\nfunc extra() {}\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			e2etest.ExampleModule(t, e2etest.RepoRoot(t), "example-defects", dir)
			e2etest.WriteFile(t, filepath.Join(dir, "domain", "internal_test.go"), "package domain\n\nimport \"testing\"\n\nfunc TestInternal(t *testing.T) {}\n")
			e2etest.WriteFile(t, filepath.Join(dir, c.file), c.text)
			t.Chdir(dir)
			if got := loadSelective([]string{"./..."}, true) == nil; got != c.gives {
				t.Errorf("gives up: %v, want %v", got, c.gives)
			}
		})
	}
	if loadSelective([]string{"../../testdata/example/app/app.go"}, false) != nil {
		t.Error("selective load of a file name")
	}
	if loadSelective([]string{"unsafe"}, false) != nil {
		t.Error("selective load of unsafe, which has no syntax")
	}
}
