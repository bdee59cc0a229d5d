package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func testBuilder(t *testing.T, files map[string]string) (*Builder, string) {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return &Builder{
		Driver: Driver{
			Name: "dogmavet",
			Rules: []Rule{
				{ID: "rule-b", DefaultConfiguration: &Configuration{Level: LevelError}},
				{ID: "rule-a", DefaultConfiguration: &Configuration{Level: LevelWarning}},
			},
		},
		Root:     root,
		ReadFile: os.ReadFile,
	}, root
}

func TestBuildLocationsAndLevels(t *testing.T) {
	b, root := testBuilder(t, map[string]string{
		"app/a.go":         "package app\n\nvar s = \"héllo\" + x\n",
		"dir with sp/b.go": "package b\n",
	})
	a := filepath.Join(root, "app", "a.go")
	log := b.Build([]Finding{
		{RuleID: "rule-b", Message: "m1", Pos: Position{a, 3, 20}, End: Position{a, 3, 21},
			Related: []Related{{Pos: Position{a, 1, 1}, Message: "here"}}},
		{RuleID: "rule-a", Message: "m2", Pos: Position{filepath.Join(root, "dir with sp", "b.go"), 1, 1}},
		{RuleID: "other", Message: "m3", Level: LevelNote, Pos: Position{"/elsewhere/c.go", 2, 3}},
	})

	run := log.Runs[0]
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	if got := len(run.Tool.Driver.Rules); got != 3 || run.Tool.Driver.Rules[2].ID != "other" {
		t.Fatalf("rules: %+v", run.Tool.Driver.Rules)
	}
	if len(run.Results) != 3 {
		t.Fatalf("got %d results", len(run.Results))
	}

	// Sorted by URI: "/elsewhere" is an absolute file URI, which sorts
	// before relative ones; then app/a.go, then dir%20with%20sp/b.go.
	r0, r1, r2 := run.Results[0], run.Results[1], run.Results[2]
	if r0.Locations[0].PhysicalLocation.ArtifactLocation != (ArtifactLocation{URI: "app/a.go", URIBaseID: SrcRoot}) {
		t.Errorf("r0 location %+v", r0.Locations[0].PhysicalLocation.ArtifactLocation)
	}
	// "héllo" holds a two-byte rune before byte column 20: UTF-16 column 19.
	if reg := r0.Locations[0].PhysicalLocation.Region; reg.StartLine != 3 || reg.StartColumn != 19 || reg.EndColumn != 20 {
		t.Errorf("r0 region %+v", reg)
	}
	if r0.Level != LevelError || r0.RuleIndex != 0 {
		t.Errorf("r0 level %q index %d", r0.Level, r0.RuleIndex)
	}
	if len(r0.RelatedLocations) != 1 || *r0.RelatedLocations[0].ID != 1 || r0.RelatedLocations[0].Message.Text != "here" {
		t.Errorf("r0 related %+v", r0.RelatedLocations)
	}
	if r1.Locations[0].PhysicalLocation.ArtifactLocation.URI != "dir%20with%20sp/b.go" || r1.Level != LevelWarning || r1.RuleIndex != 1 {
		t.Errorf("r1 %+v", r1)
	}
	if r2.Locations[0].PhysicalLocation.ArtifactLocation != (ArtifactLocation{URI: "file:///elsewhere/c.go"}) || r2.Level != LevelNote || r2.RuleIndex != 2 {
		t.Errorf("r2 %+v", r2)
	}
	for _, r := range run.Results {
		if !strings.HasSuffix(r.PartialFingerprints[FingerprintKey], ":1") {
			t.Errorf("fingerprint %q", r.PartialFingerprints)
		}
	}
}

func TestBuildIsOrderIndependentAndDeduplicates(t *testing.T) {
	b, root := testBuilder(t, map[string]string{"a.go": "package a\nvar x\nvar y\n"})
	a := filepath.Join(root, "a.go")
	fs := []Finding{
		{RuleID: "rule-a", Message: "x", Pos: Position{a, 2, 5}},
		{RuleID: "rule-b", Message: "y", Pos: Position{a, 3, 5}},
		{RuleID: "rule-a", Message: "x", Pos: Position{a, 2, 5}}, // the same file through p [p.test]
	}
	var one, two bytes.Buffer
	if err := Write(&one, b.Build(fs)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&two, b.Build([]Finding{fs[1], fs[2], fs[0]})); err != nil {
		t.Fatal(err)
	}
	if one.String() != two.String() {
		t.Fatalf("output depends on input order:\n%s\n%s", one.String(), two.String())
	}
	var log Log
	if err := json.Unmarshal(one.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if n := len(log.Runs[0].Results); n != 2 {
		t.Fatalf("got %d results, want 2 after de-duplication", n)
	}
}

func TestFingerprintSurvivesMovedLines(t *testing.T) {
	b, root := testBuilder(t, map[string]string{
		"a.go": "package a\n\nvar   x = 1\n",
		"b.go": "package a\n// a new comment\n\nvar x = 1\n",
	})
	fp := func(name string, line int) string {
		p := filepath.Join(root, name)
		log := b.Build([]Finding{{RuleID: "rule-a", Message: "m", Pos: Position{p, line, 1}}})
		return log.Runs[0].Results[0].PartialFingerprints[FingerprintKey]
	}
	// Different files never share a fingerprint, but the same text moved
	// down a line in the same file does.
	if fp("a.go", 3) == fp("b.go", 4) {
		t.Errorf("fingerprints of different files are equal")
	}
	b2, root2 := testBuilder(t, map[string]string{"a.go": "package a\n// moved\n\nvar x    = 1\n"})
	log := b2.Build([]Finding{{RuleID: "rule-a", Message: "m", Pos: Position{filepath.Join(root2, "a.go"), 4, 1}}})
	if got := log.Runs[0].Results[0].PartialFingerprints[FingerprintKey]; got != fp("a.go", 3) {
		t.Errorf("moved line changed its fingerprint: %q != %q", got, fp("a.go", 3))
	}
}

func TestRepeatedFindingsOnOneLineGetDistinctFingerprints(t *testing.T) {
	b, root := testBuilder(t, map[string]string{"a.go": "package a\nvar x, y = f(), f()\n"})
	a := filepath.Join(root, "a.go")
	log := b.Build([]Finding{
		{RuleID: "rule-a", Message: "first", Pos: Position{a, 2, 12}},
		{RuleID: "rule-a", Message: "second", Pos: Position{a, 2, 17}},
	})
	rs := log.Runs[0].Results
	f0, f1 := rs[0].PartialFingerprints[FingerprintKey], rs[1].PartialFingerprints[FingerprintKey]
	if f0 == f1 || !strings.HasSuffix(f0, ":1") || !strings.HasSuffix(f1, ":2") {
		t.Errorf("fingerprints %q %q", f0, f1)
	}
}

func TestWriteAlwaysHasResults(t *testing.T) {
	b, _ := testBuilder(t, nil)
	var buf bytes.Buffer
	if err := Write(&buf, b.Build(nil)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"results": []`) {
		t.Errorf("empty results not written as []:\n%s", buf.String())
	}
	if !strings.HasSuffix(buf.String(), "}\n") {
		t.Errorf("output does not end with a newline")
	}
}
