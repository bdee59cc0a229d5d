package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// defectsModule copies the defective example into a module of its own, to
// be changed by -fix.
func defectsModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	e2etest.ExampleModule(t, root, "example-defects", dir)
	return dir
}

// snapshot reads every Go file of a directory.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	for _, name := range e2etest.GoFiles(t, dir) {
		files[name] = e2etest.ReadFile(t, filepath.Join(dir, filepath.FromSlash(name)))
	}
	return files
}

// fixableRules returns the rules of the findings that -json shows with a
// suggested fix.
func fixableRules(t *testing.T, dir string) map[string]bool {
	t.Helper()
	r := dv(t, dir, "-json", "./...")
	wantCode(t, r, 0)
	var tree map[string]map[string][]struct {
		Category       string            `json:"category"`
		SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, analyzers := range tree {
		for _, diags := range analyzers {
			for _, d := range diags {
				if len(d.SuggestedFixes) > 0 {
					rules[d.Category] = true
				}
			}
		}
	}
	return rules
}

func TestFix(t *testing.T) {
	dir := defectsModule(t)
	before := snapshot(t, dir)
	fixable := fixableRules(t, dir)
	if len(fixable) == 0 {
		t.Fatal("no finding in the defective example has a suggested fix")
	}

	r := dv(t, dir, "-fix", "./...")
	wantCode(t, r, 0)
	after := snapshot(t, dir)

	// Each changed file matches its golden file; no golden file is left
	// for a file that did not change.
	goldenDir := filepath.Join("testdata", "golden", "fix")
	if *update {
		os.RemoveAll(goldenDir)
	}
	changed := map[string]bool{}
	for name, text := range after {
		if text != before[name] {
			changed[name] = true
			golden(t, filepath.Join("fix", name+".golden"), text)
		}
	}
	if len(changed) == 0 {
		t.Fatal("-fix changed no file")
	}
	if !*update {
		golden := goldenFixFiles(t)
		for _, name := range golden {
			if !changed[name] {
				t.Errorf("a golden file names %s, which -fix did not change", name)
			}
		}
		if len(golden) != len(changed) {
			t.Errorf("%d golden files for %d changed files", len(golden), len(changed))
		}
	}

	// The fixed findings are gone; the others remain.
	if left := fixableRules(t, dir); len(left) != 0 {
		t.Errorf("findings with fixes remain after -fix: %v", left)
	}
	r = dv(t, dir, "-json", "./...")
	var remaining []e2etest.Finding
	for _, f := range parseJSON(t, r.stdout, dir) {
		if fixable[f.Rule] {
			t.Errorf("finding remains after -fix: %s", f)
		}
		remaining = append(remaining, f)
	}
	var want []e2etest.Finding
	for _, f := range e2etest.Defects(t, dir) {
		if !fixable[f.Rule] {
			want = append(want, f)
		}
	}
	wantFindings(t, remaining, want)
}

// TestFixDiff checks -fix -diff: a unified diff of exactly the files -fix
// changes, with a/ and b/ paths relative to the working directory and only
// the changed lines with their context, which git apply takes and which
// then gives the files -fix writes.
func TestFixDiff(t *testing.T) {
	git := e2etest.RequireProgram(t, "git", "apt-get install -y git")
	dir := defectsModule(t)
	before := snapshot(t, dir)
	r := dv(t, dir, "-fix", "-diff", "./...")
	wantCode(t, r, 0)
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Fatal("-diff changed the set of files")
	} else {
		for name, text := range after {
			if text != before[name] {
				t.Errorf("-diff changed %s", name)
			}
		}
	}
	// The diff covers exactly the files -fix changes, which TestFix pins
	// with golden files.
	golden := goldenFixFiles(t)
	for _, name := range golden {
		if !strings.Contains(r.stdout, "--- a/"+name+"\n+++ b/"+name+"\n") {
			t.Errorf("the diff does not cover %s:\n%s", name, r.stdout)
		}
	}
	if got := strings.Count(r.stdout, "\n+++ "); got != len(golden) {
		t.Errorf("the diff covers %d files, -fix changes %d:\n%s", got, len(golden), r.stdout)
	}
	// Only changed lines: no line is removed and added back.
	removed := map[string]bool{}
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(line, "-") && !strings.HasPrefix(line, "--- ") {
			removed[line[1:]] = true
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(line, "+") && !strings.HasPrefix(line, "+++ ") && removed[line[1:]] {
			t.Errorf("the diff removes and adds back %q", line[1:])
		}
	}

	// git apply takes it, and the result is what -fix writes.
	patch := filepath.Join(t.TempDir(), "fix.diff")
	e2etest.WriteFile(t, patch, r.stdout)
	if a := run(t, dir, nil, git, "apply", "--verbose", patch); a.code != 0 {
		t.Fatalf("git apply rejects the diff: %s\ndiff:\n%s", a, r.stdout)
	}
	applied := snapshot(t, dir)
	fixed := defectsModule(t)
	wantCode(t, dv(t, fixed, "-fix", "./..."), 0)
	for name, text := range snapshot(t, fixed) {
		if applied[name] != text {
			t.Errorf("%s after git apply differs from -fix's", name)
		}
	}
}

// goldenFixFiles returns the files, relative to the module, that the golden
// files of TestFix say -fix changes.
func goldenFixFiles(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("testdata", "golden", "fix")
	var names []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		names = append(names, filepath.ToSlash(strings.TrimSuffix(rel, ".golden")))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}
