package validate_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// supportedSince are the versions a rule's Since may name: the releases
// from v0.16.0 to v0.25.0 that added an API a rule is about (v0.15.0, the
// oldest supported, is written as an empty Since).
var supportedSince = regexp.MustCompile(`^v0\.(1[6-9]|2[0-5])\.[0-9]+$`)

func TestCatalogSince(t *testing.T) {
	page := string(validate.RulesMarkdown())
	table := string(validate.RulesTable())
	for _, r := range validate.Rules() {
		if r.Since != "" && !supportedSince.MatchString(r.Since) {
			t.Errorf("rule %s: Since %q is not a supported dogma version after v0.15.0", r.ID, r.Since)
		}
		want := "all"
		if r.Since != "" {
			want = r.Since + " on"
		}
		section := page[strings.Index(page, "\n## "+string(r.ID)+"\n")+1:]
		section = section[:strings.Index(section, "\n## ")]
		line := "Severity: " + r.Severity.String() + " · Dogma: " + want
		if !strings.Contains(section, "\n"+line+"\n") && !strings.Contains(section, "\n"+line+" · References: ") {
			t.Errorf("rule %s: its section does not say Dogma: %s", r.ID, want)
		}
		if !strings.Contains(table, "| [`"+string(r.ID)+"`](docs/rules.md#"+string(r.ID)+") | "+r.Severity.String()+" | "+strings.ReplaceAll(r.Title, "|", `\|`)+" | "+want+" |") {
			t.Errorf("rule %s: the README row does not say %s", r.ID, want)
		}
	}
	for _, id := range registryRules {
		if r, _ := validate.RuleFor(id); r.Since != "v0.16.0" {
			t.Errorf("rule %s applies from %q, want v0.16.0, when dogma added the registry", id, r.Since)
		}
	}
}
