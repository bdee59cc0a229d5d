package scopeexample_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/directives"
	"github.com/dogmavet/dogmavet/analyzer/endcancel"
	"github.com/dogmavet/dogmavet/analyzer/handlerreturns"
	"github.com/dogmavet/dogmavet/analyzer/notimeouts"
	"github.com/dogmavet/dogmavet/analyzer/scopecalls"
	"github.com/dogmavet/dogmavet/analyzer/switchcover"
	"github.com/dogmavet/dogmavet/validate"
)

var analyzers = []*analysis.Analyzer{
	scopecalls.Analyzer,
	switchcover.Analyzer,
	handlerreturns.Analyzer,
	endcancel.Analyzer,
	notimeouts.Analyzer,
	directives.Analyzer,
}

// owned returns the rule IDs the analyzers report, directive rules included.
func owned() []validate.RuleID {
	ids := []validate.RuleID{validate.DirectiveUnused}
	ids = append(ids, scopecalls.Rules...)
	ids = append(ids, switchcover.Rules...)
	ids = append(ids, handlerreturns.Rules...)
	ids = append(ids, endcancel.Rules...)
	ids = append(ids, notimeouts.Rules...)
	ids = append(ids, directives.Rules...)
	return ids
}

// findings runs the analyzers on dir/... and returns "file:line: rule" for
// each diagnostic, with file relative to dir, sorted.
func findings(t *testing.T, dir string) []string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: abs, Tests: false}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages in %s", dir)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("loading %s: %v", p.PkgPath, e)
		}
	}
	g, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range g.All() {
		if !act.IsRoot || !slices.Contains(analyzers, act.Analyzer) {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			rel, _ := filepath.Rel(abs, pos.Filename)
			out = append(out, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), pos.Line, d.Category))
			t.Logf("%s: %s", pos, d.Message)
		}
	}
	sort.Strings(out)
	return out
}

func TestExampleIsClean(t *testing.T) {
	if got := findings(t, "../../../testdata/example"); len(got) != 0 {
		t.Errorf("the clean example has findings:\n%v", got)
	}
}

var defectRE = regexp.MustCompile(`// defect: ([a-z0-9-]+)\s*$`)

func TestExampleDefectsFound(t *testing.T) {
	dir := "../../../testdata/example-defects"
	ids := owned()
	var want []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(dir, path)
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := defectRE.FindStringSubmatch(sc.Text()); m != nil && slices.Contains(ids, validate.RuleID(m[1])) {
				want = append(want, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), line, m[1]))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	if len(want) == 0 {
		t.Fatal("no defect markers for these analyzers' rules")
	}
	got := findings(t, dir)
	if !slices.Equal(got, want) {
		t.Errorf("findings differ from the defect markers\ngot:\n%v\nwant:\n%v", got, want)
	}
}
