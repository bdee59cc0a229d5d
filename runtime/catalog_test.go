package runtime_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/validate"
)

var update = flag.Bool("update", false, "rewrite the rule section of docs/runtime.md")

const (
	docsPath   = "../docs/runtime.md"
	rulesBegin = "<!-- rules:begin (generated from runtime.Rules() by go test ./runtime -run TestDocs -update) -->\n"
	rulesEnd   = "<!-- rules:end -->\n"
)

// renderRules is the documentation of the catalog.
func renderRules() string {
	var b strings.Builder
	b.WriteString("| Rule | Level | Methods | Also checked in source |\n|---|---|---|---|\n")
	for _, r := range runtime.Rules() {
		static := ""
		if id, ok := r.ID.Static(); ok {
			static = fmt.Sprintf("yes: [rules.md](rules.md#%s)", id)
		}
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", r.ID, r.ID, r.Level, r.Methods, static)
	}
	for _, r := range runtime.Rules() {
		fmt.Fprintf(&b, "\n### %s\n\n**%s** · %s\n\n> %s\n", r.ID, r.Level, r.Source, r.Quote)
		if r.ProcessQuote != "" {
			fmt.Fprintf(&b, "\nFor processes:\n\n> %s\n", r.ProcessQuote)
		}
		fmt.Fprintf(&b, "\nThe engine reports it when %s.\n", r.Summary)
		if id, ok := r.ID.Static(); ok {
			fmt.Fprintf(&b, "\nThe same rule as the rule book's [`%s`](rules.md#%s), which the analyzers check in source; a violation links there.\n", id, id)
		}
	}
	return b.String()
}

func TestDocsRuleSectionIsGeneratedFromTheCatalog(t *testing.T) {
	doc, err := os.ReadFile(docsPath)
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	i, j := strings.Index(s, rulesBegin), strings.Index(s, rulesEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no rule section markers", docsPath)
	}
	want := s[:i+len(rulesBegin)] + renderRules() + s[j:]
	if *update {
		if err := os.WriteFile(docsPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if s != want {
		t.Fatalf("%s is out of date with runtime.Rules(); run go test ./runtime -run TestDocs -update", docsPath)
	}
}

var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

func TestCatalogIsWellFormed(t *testing.T) {
	seen := map[runtime.RuleID]bool{}
	for _, r := range runtime.Rules() {
		if seen[r.ID] {
			t.Errorf("%s listed twice", r.ID)
		}
		seen[r.ID] = true
		if !kebab.MatchString(string(r.ID)) {
			t.Errorf("%s is not kebab-case", r.ID)
		}
		if r.Level != runtime.Must && r.Level != runtime.Should {
			t.Errorf("%s has level %s", r.ID, r.Level)
		}
		if r.Quote == "" || r.Summary == "" || r.Methods == "" || r.Source == "" {
			t.Errorf("%s is incomplete", r.ID)
		}
		if got, ok := runtime.RuleFor(r.ID); !ok || got.Quote != r.Quote {
			t.Errorf("RuleFor(%s) = %v, %v", r.ID, got, ok)
		}
		wantURL := "https://github.com/dogmavet/dogmavet/blob/main/docs/runtime.md#" + string(r.ID)
		if _, static := r.ID.Static(); static {
			wantURL = "https://github.com/dogmavet/dogmavet/blob/main/docs/rules.md#" + string(r.ID)
		}
		if r.ID.URL() != wantURL {
			t.Errorf("%s: URL %s", r.ID, r.ID.URL())
		}
	}
	// Every rule is exercised by a scenario asserting it.
	tests, _ := filepath.Glob("*_test.go")
	var all strings.Builder
	for _, f := range tests {
		if f == "catalog_test.go" {
			continue
		}
		b, _ := os.ReadFile(f)
		all.Write(b)
	}
	for _, r := range runtime.Rules() {
		if !strings.Contains(all.String(), `"`+string(r.ID)+`|`) {
			t.Errorf("no scenario asserts a %s violation", r.ID)
		}
	}
}

// TestSharedRulesAgreeWithTheRuleBook checks the one vocabulary: every rule
// the rule book says the engine checks is in the engine's catalog, under the
// same ID, and each of the engine's rules that the rule book has is marked
// there as checked by the engine.
func TestSharedRulesAgreeWithTheRuleBook(t *testing.T) {
	shared := 0
	for _, vr := range validate.Rules() {
		if !vr.Checked.Has(validate.CheckedByEngine) {
			if _, ok := runtime.RuleFor(runtime.RuleID(vr.ID)); ok {
				t.Errorf("%s is in both catalogs, but the rule book does not say the engine checks it", vr.ID)
			}
			continue
		}
		shared++
		if _, ok := runtime.RuleFor(runtime.RuleID(vr.ID)); !ok {
			t.Errorf("the rule book says the engine checks %s, which is not in runtime.Rules()", vr.ID)
		}
	}
	// The defects both front ends find: producing an unrouted message, New
	// returning nil, an empty instance ID.
	for _, id := range []runtime.RuleID{runtime.ScopeUnroutedMessage, runtime.NewReturnsNil, runtime.EmptyInstanceID} {
		if vid, ok := id.Static(); !ok || string(vid) != string(id) {
			t.Errorf("%s: static %q, %v", id, vid, ok)
		}
	}
	if shared != 3 {
		t.Errorf("%d shared rules, want 3", shared)
	}
	if string(runtime.ScopeUnroutedMessage) != string(validate.ScopeUnroutedMessage) || string(runtime.NewReturnsNil) != string(validate.NewReturnsNil) ||
		string(runtime.EmptyInstanceID) != string(validate.EmptyInstanceID) {
		t.Error("a shared rule's ID differs between the catalogs")
	}
}

// TestQuotesAreVerbatim checks each quoted sentence against dogma v0.15.0's
// source in the module cache.
func TestQuotesAreVerbatim(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/dogmatiq/dogma").Output()
	if err != nil {
		t.Skipf("cannot locate dogma's source: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var text strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Join comment lines into running text.
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
			text.WriteString(line + " ")
		}
	}
	src := strings.Join(strings.Fields(text.String()), " ")
	for _, r := range runtime.Rules() {
		for _, q := range []string{r.Quote, r.ProcessQuote} {
			for _, sentence := range strings.SplitAfter(q, ". ") {
				sentence = strings.TrimSpace(sentence)
				if sentence != "" && !strings.Contains(src, sentence) {
					t.Errorf("%s: %q is not in dogma's source", r.ID, sentence)
				}
			}
		}
	}
}

// TestEveryRuleIDIsInTheCatalog parses rules.go for RuleID constants, since
// rule() would panic on an ID missing from the catalog.
func TestEveryRuleIDIsInTheCatalog(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "RuleID" {
				continue
			}
			for _, v := range vs.Values {
				lit := v.(*ast.BasicLit)
				id := runtime.RuleID(strings.Trim(lit.Value, `"`))
				if _, ok := runtime.RuleFor(id); !ok {
					t.Errorf("%s is not in the catalog", id)
				}
				n++
			}
		}
	}
	if n != len(runtime.Rules()) {
		t.Errorf("%d RuleID constants, %d catalog entries", n, len(runtime.Rules()))
	}
}
