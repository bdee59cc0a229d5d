package validate_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// ruleIDConstants parses ruleid*.go and returns every RuleID constant's
// value.
func ruleIDConstants(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("ruleid*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no ruleid*.go files: %v", err)
	}
	var ids []string
	for _, name := range files {
		ids = append(ids, ruleIDConstantsIn(t, name)...)
	}
	return ids
}

// ruleIDConstantsIn returns the value of every RuleID constant of one file.
func ruleIDConstantsIn(t *testing.T, name string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "RuleID" {
				continue
			}
			for _, val := range v.Values {
				lit, ok := val.(*ast.BasicLit)
				if !ok {
					t.Fatalf("RuleID constant %v is not a string literal", v.Names)
				}
				s, _ := strconv.Unquote(lit.Value)
				ids = append(ids, s)
			}
		}
	}
	return ids
}

func TestCatalogHasEveryRuleID(t *testing.T) {
	ids := ruleIDConstants(t)
	if len(ids) < len(configRules) {
		t.Fatalf("found only %d RuleID constants in ruleid.go", len(ids))
	}
	for _, id := range ids {
		if _, ok := validate.RuleFor(validate.RuleID(id)); !ok {
			t.Errorf("rule %s has no catalog entry; add one to a catalog_*.go file", id)
		}
	}
	for _, id := range configRules {
		if _, ok := validate.RuleFor(id); !ok {
			t.Errorf("rule %s is not in the catalog", id)
		}
	}
}

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestCatalogEntries(t *testing.T) {
	seen := map[validate.RuleID]bool{}
	for _, r := range validate.Rules() {
		if seen[r.ID] {
			t.Errorf("rule %s is listed twice", r.ID)
		}
		seen[r.ID] = true
		if !kebab.MatchString(string(r.ID)) {
			t.Errorf("rule ID %q is not kebab-case", r.ID)
		}
		if r.Checked == 0 || r.Checked&^(validate.CheckedInSource|validate.CheckedLive|validate.CheckedByEngine) != 0 {
			t.Errorf("rule %s does not say where it is checked: %d", r.ID, r.Checked)
		}
		if r.Title == "" || r.Why == "" || r.Bad == "" || r.Good == "" || r.Fix == "" {
			t.Errorf("rule %s has an empty field: %+v", r.ID, r)
		}
		if strings.HasSuffix(r.Title, ".") || !strings.HasSuffix(r.Fix, ".") {
			t.Errorf("rule %s: a title has no full stop, a fix is a sentence", r.ID)
		}
		if r.Severity != validate.Error && r.Severity != validate.Warning {
			t.Errorf("rule %s has severity %d", r.ID, r.Severity)
		}
		if got, ok := validate.RuleFor(r.ID); !ok || !reflect.DeepEqual(got, r) {
			t.Errorf("RuleFor(%s) disagrees with Rules()", r.ID)
		}
	}
	if !reflect.DeepEqual(validate.Rules(), validate.Rules()) {
		t.Error("Rules() is not deterministic")
	}
	if _, ok := validate.RuleFor("no-such-rule"); ok {
		t.Error("RuleFor finds an unknown rule")
	}
}

// TestCatalogCoversReferenceRules checks that every configkit rule R1-R20
// and dogma rule D1-D3 of config-rules.md has a rule that names it.
func TestCatalogCoversReferenceRules(t *testing.T) {
	refs := map[string]bool{}
	for _, r := range validate.Rules() {
		for _, ref := range r.Refs {
			refs[ref] = true
			refs[strings.TrimRight(ref, "abcde")] = true // R20a counts for R20
		}
	}
	var want []string
	for i := 1; i <= 20; i++ {
		want = append(want, "R"+strconv.Itoa(i))
	}
	want = append(want, "R20a", "R20b", "R20c", "R20d", "R20e", "D1", "D2", "D3")
	for _, ref := range want {
		if !refs[ref] {
			t.Errorf("no rule refers to %s", ref)
		}
	}
}

func TestSeverities(t *testing.T) {
	for _, r := range validate.Rules() {
		want := validate.Error
		if r.ID == validate.IdentityKeyCanonical {
			want = validate.Warning
		}
		if containsRule(configRules, r.ID) && r.Severity != want {
			t.Errorf("rule %s has severity %s, want %s", r.ID, r.Severity, want)
		}
	}
}

func containsRule(ids []validate.RuleID, id validate.RuleID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestChecksInWords(t *testing.T) {
	for c, want := range map[validate.Checks]string{
		validate.CheckedInSource:                            "in source (the dogmavet analyzers)",
		validate.CheckedLive:                                "on a live application (validate.Application)",
		validate.CheckedInSource | validate.CheckedLive:     "in source (the dogmavet analyzers) and on a live application (validate.Application)",
		validate.CheckedInSource | validate.CheckedByEngine: "in source (the dogmavet analyzers) and while the handlers run (the runtime engine)",
		validate.CheckedInSource | validate.CheckedLive | validate.CheckedByEngine: "in source (the dogmavet analyzers), on a live application (validate.Application) " +
			"and while the handlers run (the runtime engine)",
		0: "nowhere",
	} {
		if got := c.String(); got != want {
			t.Errorf("%d: %q, want %q", c, got, want)
		}
	}
	if (validate.CheckedInSource | validate.CheckedLive).Has(validate.CheckedByEngine) || !(validate.CheckedInSource | validate.CheckedByEngine).Has(validate.CheckedByEngine) || validate.CheckedLive.Has(0) {
		t.Error("Has")
	}
}
