package main_test

import (
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
	"github.com/dogmavet/dogmavet/validate"
)

// defectsExcept returns the example's defects without those of the rules.
func defectsExcept(t *testing.T, dir string, rules ...string) []e2etest.Finding {
	t.Helper()
	var out []e2etest.Finding
	for _, d := range e2etest.Defects(t, dir) {
		keep := true
		for _, r := range rules {
			keep = keep && d.Rule != r
		}
		if keep {
			out = append(out, d)
		}
	}
	return out
}

// defectsOf returns the example's defects of the rules only.
func defectsOf(t *testing.T, dir string, rules ...string) []e2etest.Finding {
	t.Helper()
	var out []e2etest.Finding
	for _, d := range e2etest.Defects(t, dir) {
		for _, r := range rules {
			if d.Rule == r {
				out = append(out, d)
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("the example has no defect of %v, so the test proves nothing", rules)
	}
	return out
}

// TestRuleSelection checks -disable and -enable, standalone and under go
// vet. The rules chosen and the others left come from one analyzer,
// configcheck: turning off a rule must keep its analyzer's other rules.
func TestRuleSelection(t *testing.T) {
	dir := exampleDir("example-defects")
	pattern := "./testdata/example-defects/..."
	t.Run("standalone/disable", func(t *testing.T) {
		r := dv(t, root, "-disable=identity-key-canonical,duplicate-key", pattern)
		wantCode(t, r, 3)
		wantFindings(t, e2etest.ParseText(t, r.stderr, root, dir), defectsExcept(t, dir, "identity-key-canonical", "duplicate-key"))
	})
	t.Run("standalone/enable", func(t *testing.T) {
		r := dv(t, root, "-enable=duplicate-key", "-enable=identity-name", pattern)
		wantCode(t, r, 3)
		wantFindings(t, e2etest.ParseText(t, r.stderr, root, dir), defectsOf(t, dir, "duplicate-key", "identity-name"))
	})
	// Under go vet, each new command line runs the tool on every package
	// again, std included: one run checks both flags.
	t.Run("go vet/enable and disable", func(t *testing.T) {
		r := goVet(t, "-enable=duplicate-key,identity-name,identity-key-canonical", "-disable=identity-key-canonical", pattern)
		if r.code == 0 {
			t.Fatalf("go vet passed with findings left:\n%s", r)
		}
		wantFindings(t, e2etest.ParseText(t, r.stderr, root, dir), defectsOf(t, dir, "duplicate-key", "identity-name"))
	})

	t.Run("standalone/unknown rule", func(t *testing.T) {
		for _, flag := range []string{"-disable=duplicate-key,no-such-rule", "-enable=no-such-rule"} {
			r := dv(t, root, flag, pattern)
			wantCode(t, r, 2)
			if !strings.Contains(r.stderr, `unknown rule "no-such-rule"`) || strings.Contains(r.stderr, "(duplicate-key)") {
				t.Errorf("%s: want the unknown rule named and nothing checked, got %s", flag, r)
			}
			if n := strings.Count(r.stderr, "\n"); n > 2 {
				t.Errorf("%s: want the mistake in a line or two, got %d lines:\n%s", flag, n, r.stderr)
			}
		}
	})
	t.Run("go vet/unknown rule", func(t *testing.T) {
		r := goVet(t, "-disable=no-such-rule", "./testdata/example-defects/app")
		if r.code == 0 || strings.Count(r.stderr, `unknown rule "no-such-rule"`) != 1 {
			t.Errorf("want one complaint about the rule, for the one package named, got %s", r)
		}
	})
}

// TestHelp checks dogmavet help: the rule list and each rule's
// documentation, the same text as docs/rules.md.
func TestHelp(t *testing.T) {
	r := dv(t, root, "help")
	wantCode(t, r, 0)
	for _, rule := range validate.Rules() {
		line := "  " + string(rule.ID) + " "
		i := strings.Index(r.stdout, line)
		if i < 0 {
			t.Errorf("dogmavet help does not list %s:\n%s", rule.ID, r.stdout)
			continue
		}
		got, _, _ := strings.Cut(r.stdout[i:], "\n")
		if fields := strings.Fields(got); len(fields) < 3 || fields[1] != rule.Severity.String() || strings.Join(fields[2:], " ") != rule.Title {
			t.Errorf("dogmavet help lists %q, want the ID, %s and %q", got, rule.Severity, rule.Title)
		}
	}
	if strings.Contains(r.stdout, "Printf") {
		t.Errorf("dogmavet help is x/tools' generic help:\n%s", r.stdout)
	}

	docs := e2etest.ReadFile(t, "../../docs/rules.md")
	for _, rule := range validate.Rules() {
		r := dv(t, root, "help", string(rule.ID))
		wantCode(t, r, 0)
		section, _, _ := strings.Cut(r.stdout, "\nReferences:\n")
		section = strings.TrimSuffix(section, "\n"+rule.ID.URL()+"\n")
		if !strings.HasPrefix(section, "## "+string(rule.ID)+"\n") || !strings.Contains(docs, "\n"+section) {
			t.Errorf("dogmavet help %s is not its section of docs/rules.md:\n%s", rule.ID, r.stdout)
		}
		for _, ref := range rule.Refs {
			if !strings.Contains(r.stdout, "- **"+strings.TrimRight(ref, "abcde")+"**: ") {
				t.Errorf("dogmavet help %s does not explain reference %s:\n%s", rule.ID, ref, r.stdout)
			}
		}
	}

	r = dv(t, root, "help", "no-such-rule")
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, `unknown help topic "no-such-rule"`) {
		t.Errorf("unknown topic: %s", r)
	}

	// The protocol go vet speaks still works.
	if r := dv(t, root, "-V=full"); r.code != 0 || !strings.Contains(r.stdout, " version ") {
		t.Errorf("-V=full: %s", r)
	}
	if r := dv(t, root, "-flags"); r.code != 0 || !strings.Contains(r.stdout, `"Name": "disable"`) || !strings.Contains(r.stdout, `"Name": "enable"`) {
		t.Errorf("-flags does not list -disable and -enable: %s", r)
	}
}
