package e2etest

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestDefects(t *testing.T) {
	dir := t.TempDir()
	WriteFile(t, filepath.Join(dir, "a", "a.go"), "package a\n\nvar x = 1 // defect: rule-one\nvar y = 2 //defect:rule-two, rule-three\n// defect comments in prose do not count: \"defect\"\n")
	WriteFile(t, filepath.Join(dir, "b.go"), "package b // defect: rule-four\n")
	WriteFile(t, filepath.Join(dir, "NOTES.md"), "// defect: not-go\n")
	got := Defects(t, dir)
	want := []Finding{
		{"a/a.go", 3, "rule-one"},
		{"a/a.go", 4, "rule-three"},
		{"a/a.go", 4, "rule-two"},
		{"b.go", 1, "rule-four"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Defects = %v, want %v", got, want)
	}
	if got := WithoutRules(want); len(got) != 3 || got[1] != (Finding{"a/a.go", 4, ""}) {
		t.Errorf("WithoutRules = %v", got)
	}
}

func TestParseText(t *testing.T) {
	dir := t.TempDir()
	out := "x/a.go:3:1: a finding (some-rule)\n" +
		"\tx/a.go:1:1: a related position (dogmavet)\n" +
		"x/a.go:2:5: \ta related position (go vet)\n" +
		"# some/package\n" +
		dir + "/x/b.go:10:2: an absolute one\n" +
		"x/a.go:3:1: a second finding on the line, with (parentheses)\n"
	got := ParseText(t, out, dir, filepath.Join(dir, "x"))
	want := []Finding{{"a.go", 3, ""}, {"a.go", 3, "some-rule"}, {"b.go", 10, ""}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseText = %v, want %v", got, want)
	}
}

func TestEqual(t *testing.T) {
	a := []Finding{{"a.go", 1, "r"}, {"a.go", 2, "r"}}
	if ok, diff := Equal(a, a); !ok {
		t.Errorf("equal lists differ: %s", diff)
	}
	ok, diff := Equal(a[:1], []Finding{{"a.go", 1, "r"}, {"b.go", 3, "s"}})
	if ok || diff != "missing findings:\n\tb.go:3: s\nunexpected findings:\n\t" {
		t.Errorf("Equal = %v, %q", ok, diff)
	}
	// A finding reported twice where one is expected is a difference.
	if ok, _ := Equal([]Finding{a[0], a[0]}, a[:1]); ok {
		t.Errorf("a duplicate finding went unnoticed")
	}
}
