package configcheck_test

import (
	"regexp"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

var uuidRE = regexp.MustCompile(`^"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$`)

// TestKeyFixes checks the fixes offered for invalid and non-canonical keys:
// a lower-case key, and a new random-looking UUID that is the same on every
// run.
func TestKeyFixes(t *testing.T) {
	run := func() map[string]string {
		pkgs := testload.Load(t, "testdata", true, "./identity")
		g := testload.Analyze(t, pkgs, configcheck.Analyzer)
		out := map[string]string{}
		for _, act := range g.Roots {
			for _, d := range act.Diagnostics {
				for _, f := range d.SuggestedFixes {
					for _, e := range f.TextEdits {
						out[d.Category] = string(e.NewText)
					}
				}
			}
		}
		return out
	}
	first, second := run(), run()
	if got, want := first["identity-key-canonical"], `"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"`; got != want {
		t.Errorf("canonical key fix: got %s, want %s", got, want)
	}
	if got := first["identity-key"]; !uuidRE.MatchString(got) {
		t.Errorf("invalid key fix: got %s, want a quoted version 4 UUID", got)
	}
	if first["identity-key"] != second["identity-key"] {
		t.Errorf("invalid key fix differs between runs: %s and %s", first["identity-key"], second["identity-key"])
	}
}
