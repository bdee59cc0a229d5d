package e2etest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Finding is a finding reduced to what the tests compare: a file relative
// to the module's root (with slashes), a line and a rule ID. Rule is empty
// when the output does not carry it.
type Finding struct {
	File string
	Line int
	Rule string
}

func (f Finding) String() string {
	if f.Rule == "" {
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Rule)
}

// defectComment marks the line of an injected defect with the rules it
// breaks: "// defect: <rule-id>[, <rule-id>...]".
var defectComment = regexp.MustCompile(`//\s*defect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)`)

// Defects returns the findings dir's "// defect:" comments expect, sorted.
func Defects(t testing.TB, dir string) []Finding {
	t.Helper()
	var want []Finding
	for _, name := range GoFiles(t, dir) {
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		s := bufio.NewScanner(f)
		for line := 1; s.Scan(); line++ {
			m := defectComment.FindStringSubmatch(s.Text())
			if m == nil {
				continue
			}
			for _, rule := range strings.Split(m[1], ",") {
				want = append(want, Finding{name, line, strings.TrimSpace(rule)})
			}
		}
		f.Close()
	}
	if len(want) == 0 {
		t.Fatalf("no // defect: comment under %s", dir)
	}
	SortFindings(want)
	return want
}

// WithoutRules returns the findings with their rules cleared and
// duplicates removed, for comparison with output that has no rule IDs: a
// line with two defects is one line of findings there.
func WithoutRules(fs []Finding) []Finding {
	seen := map[Finding]bool{}
	var out []Finding
	for _, f := range fs {
		f.Rule = ""
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	SortFindings(out)
	return out
}

// SortFindings sorts findings by file, line and rule.
func SortFindings(fs []Finding) {
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
}

// textPosition matches the start of a go vet style finding,
// "file.go:line:col: message". Related positions are indented (dogmavet)
// or have a tab before their message (go vet), and do not match.
var textPosition = regexp.MustCompile(`^(\S.*\.go):(\d+):(\d+): \S`)

// ruleSuffix matches the rule ID at the end of a finding, "(rule-id)".
var ruleSuffix = regexp.MustCompile(` \(([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\)$`)

// ParseText returns the findings of go vet style output: one per
// unindented "file:line:col: message (rule-id)" line. File names, relative
// to cwd (the command's working directory) or absolute, are made relative
// to dir; Rule is the rule ID at the end of the line, empty when there is
// none.
func ParseText(t testing.TB, out, cwd, dir string) []Finding {
	t.Helper()
	var fs []Finding
	for _, line := range strings.Split(out, "\n") {
		m := textPosition.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var n int
		fmt.Sscan(m[2], &n)
		name := m[1]
		if !filepath.IsAbs(name) {
			name = filepath.Join(cwd, name)
		}
		f := Finding{File: Rel(t, dir, name), Line: n}
		if r := ruleSuffix.FindStringSubmatch(line); r != nil {
			f.Rule = r[1]
		}
		fs = append(fs, f)
	}
	SortFindings(fs)
	return fs
}

// Rel returns the absolute file name relative to dir, with slashes.
func Rel(t testing.TB, dir, name string) string {
	t.Helper()
	real := func(p string) string {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return r
		}
		return p
	}
	rel, err := filepath.Rel(real(dir), real(name))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(rel)
}

// Equal reports whether two sorted finding lists are equal, and describes
// the difference when they are not.
func Equal(got, want []Finding) (bool, string) {
	g := map[Finding]int{}
	for _, f := range got {
		g[f]++
	}
	for _, f := range want {
		g[f]--
	}
	var missing, extra []string
	for f, n := range g {
		for ; n < 0; n++ {
			missing = append(missing, f.String())
		}
		for ; n > 0; n-- {
			extra = append(extra, f.String())
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return true, ""
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return false, fmt.Sprintf("missing findings:\n\t%s\nunexpected findings:\n\t%s",
		strings.Join(missing, "\n\t"), strings.Join(extra, "\n\t"))
}
