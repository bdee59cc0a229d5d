package configcheck_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
	"github.com/dogmavet/dogmavet/validate"
)

// defectRE matches a "// defect: <rule-id>" marker at the end of a line.
var defectRE = regexp.MustCompile(`^//\s*defect:\s*([a-z0-9-]+)\s*$`)

// TestExample checks the realistic example application: the clean copy
// gets no finding, and in the defective copy each line marked
// "// defect: <rule-id>" with one of this analyzer's rules gets exactly that
// finding, and nothing else is reported. Markers of other analyzers' rules
// are ignored.
func TestExample(t *testing.T) {
	pkgs := testload.Load(t, "../../testdata", true, "./example/...", "./example-defects/...")
	g := testload.Analyze(t, pkgs, configcheck.Analyzer)
	fset := pkgs[0].Fset

	type finding struct {
		file string
		line int
		rule validate.RuleID
	}
	rel := func(file string) string {
		i := strings.Index(filepath.ToSlash(file), "testdata/")
		return filepath.ToSlash(file)[i+len("testdata/"):]
	}

	want := map[finding]bool{}
	markers := 0
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					m := defectRE.FindStringSubmatch(c.Text)
					if m == nil {
						continue
					}
					markers++
					id := validate.RuleID(m[1])
					if !slices.Contains(configcheck.Rules, id) {
						continue
					}
					pos := fset.Position(c.Pos())
					want[finding{rel(pos.Filename), pos.Line, id}] = true
				}
			}
		}
	}
	if markers == 0 {
		t.Fatal("no defect markers found in testdata/example-defects")
	}
	if len(want) == 0 {
		t.Fatal("no defect markers for configcheck's rules")
	}

	t.Logf("%d defect markers, %d for configcheck", markers, len(want))
	got := map[finding]int{}
	var unexpected []string
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			pos := fset.Position(d.Pos)
			f := finding{rel(pos.Filename), pos.Line, validate.RuleID(d.Category)}
			got[f]++
			if !want[f] {
				unexpected = append(unexpected, fmt.Sprintf("%s:%d: %s: %s", f.file, f.line, f.rule, d.Message))
			}
		}
	}
	sort.Strings(unexpected)
	for _, u := range unexpected {
		t.Errorf("unexpected finding %s", u)
	}
	var missing []string
	for f := range want {
		switch n := got[f]; {
		case n == 0:
			missing = append(missing, fmt.Sprintf("%s:%d: %s", f.file, f.line, f.rule))
		case n > 1:
			t.Errorf("%s:%d: %s reported %d times, want once", f.file, f.line, f.rule, n)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("missing finding %s", m)
	}
}
