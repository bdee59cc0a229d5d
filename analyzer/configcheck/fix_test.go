package configcheck_test

import (
	"go/token"
	"os"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/internal/goldenbuild"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

var uuidRE = regexp.MustCompile(`^"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$`)

// TestKeyFixes checks the fixes offered for invalid and non-canonical keys:
// a lower-case key; the UUID a braced key holds, unchanged; and for a key
// that holds no UUID, a new random-looking UUID that is the same on every
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
						out[d.Category+" "+string(readRange(t, act.Package.Fset, e.Pos, e.End))] = string(e.NewText)
					}
				}
			}
		}
		return out
	}
	first, second := run(), run()
	if got, want := first[`identity-key-canonical "1D4A4F0E-7F7E-4D53-9B1E-3C1F1F8A2B10"`], `"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"`; got != want {
		t.Errorf("canonical key fix: got %s, want %s", got, want)
	}
	if got, want := first[`identity-key "{4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10}"`], `"4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"`; got != want {
		t.Errorf("braced key fix: got %s, want %s", got, want)
	}
	const noUUID = `identity-key "no-uuid-key"`
	if got := first[noUUID]; !uuidRE.MatchString(got) {
		t.Errorf("invalid key fix: got %s, want a quoted version 4 UUID", got)
	}
	if first[noUUID] != second[noUUID] {
		t.Errorf("invalid key fix differs between runs: %s and %s", first[noUUID], second[noUUID])
	}
}

// readRange returns the source text between pos and end.
func readRange(t *testing.T, fset *token.FileSet, pos, end token.Pos) []byte {
	t.Helper()
	f := fset.File(pos)
	src, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return src[f.Offset(pos):f.Offset(end)]
}

// TestKeyFixGoldens applies the key fixes and compares the result with the
// golden file, which must build.
func TestKeyFixGoldens(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), configcheck.Analyzer, "./keyfixes")
	goldenbuild.Check(t, "testdata", "./keyfixes")
}
