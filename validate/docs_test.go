package validate_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

const regenerate = "run `go run ./internal/cmd/gendocs` (or `go generate ./...`) from the module root and commit the result"

func TestDocsRulesPageIsCurrent(t *testing.T) {
	got, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatalf("%v; %s", err, regenerate)
	}
	if !bytes.Equal(got, validate.RulesMarkdown()) {
		t.Errorf("docs/rules.md disagrees with validate.Rules(); %s", regenerate)
	}
}

func TestReadmeRuleTableIsCurrent(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := validate.SpliceRulesTable(readme)
	if err != nil {
		t.Fatalf("%v; restore the markers, then %s", err, regenerate)
	}
	if !bytes.Equal(readme, want) {
		t.Errorf("the rule table in README.md disagrees with validate.Rules(); %s", regenerate)
	}
	// Every configuration rule has a row, and R19 is mentioned.
	for _, id := range configRules {
		if !bytes.Contains(readme, []byte("[`"+string(id)+"`](docs/rules.md#"+string(id)+")")) {
			t.Errorf("README has no row for %s", id)
		}
	}
	if !bytes.Contains(validate.RulesTable(), []byte("R19")) {
		t.Error("the table does not mention R19")
	}
}

func TestRulesMarkdownHasAnAnchorPerRule(t *testing.T) {
	page := string(validate.RulesMarkdown())
	for _, r := range validate.Rules() {
		if !strings.Contains(page, "\n## "+string(r.ID)+"\n") {
			t.Errorf("no section for %s", r.ID)
		}
		if !strings.HasSuffix(r.ID.URL(), "#"+string(r.ID)) {
			t.Errorf("URL of %s is %s", r.ID, r.ID.URL())
		}
	}
}

func TestSpliceRulesTable(t *testing.T) {
	in := []byte("intro\n" + validate.ReadmeTableBegin + "\nstale\n" + validate.ReadmeTableEnd + "\noutro\n")
	out, err := validate.SpliceRulesTable(in)
	if err != nil {
		t.Fatal(err)
	}
	want := "intro\n" + string(validate.RulesTable()) + "outro\n"
	if string(out) != want {
		t.Errorf("got:\n%s", out)
	}
	again, _ := validate.SpliceRulesTable(out)
	if !bytes.Equal(again, out) {
		t.Error("splicing is not idempotent")
	}
	if _, err := validate.SpliceRulesTable([]byte("no markers")); err == nil {
		t.Error("no error without markers")
	}
}

// TestEveryRefIsExplained checks that each reference a rule uses appears in
// the References section of docs/rules.md.
func TestEveryRefIsExplained(t *testing.T) {
	page := string(validate.RulesMarkdown())
	refs := page[strings.Index(page, "\n## References\n"):]
	for _, r := range validate.Rules() {
		for _, ref := range r.Refs {
			if !strings.Contains(refs, "- **"+strings.TrimRight(ref, "abcde")+"**: ") {
				t.Errorf("rule %s refers to %s, which the References section does not explain", r.ID, ref)
			}
		}
	}
}
