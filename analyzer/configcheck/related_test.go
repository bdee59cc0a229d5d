package configcheck_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

// TestRelatedAcrossPackages checks, with the fact sanity check on, that a
// conflict between handlers of another package carries the positions of
// both registrations and of the route in the other package.
func TestRelatedAcrossPackages(t *testing.T) {
	pkgs := testload.Load(t, "testdata", true, "./crosspkg/...")
	g := testload.Analyze(t, pkgs, configcheck.Analyzer)
	fset := pkgs[0].Fset
	found := false
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			if d.Category != "duplicate-command-handler" {
				continue
			}
			found = true
			if d.URL == "" || !strings.HasSuffix(d.URL, "#duplicate-command-handler") {
				t.Errorf("URL = %q", d.URL)
			}
			var where []string
			for _, r := range d.Related {
				p := fset.Position(r.Pos)
				where = append(where, filepath.Base(filepath.Dir(p.Filename))+"/"+filepath.Base(p.Filename)+":"+strconv.Itoa(p.Line))
			}
			want := []string{"app/app.go:15", "handlers/handlers.go:24"}
			if strings.Join(where, " ") != strings.Join(want, " ") {
				t.Errorf("related positions: got %v, want %v", where, want)
			}
		}
	}
	if !found {
		t.Fatal("no duplicate-command-handler diagnostic")
	}
}
