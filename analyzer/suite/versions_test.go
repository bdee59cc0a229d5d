package suite_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/suite"
)

// served are the dogma releases within the supported range that the module
// proxy serves; testdata holds one module per release.
var served = []string{"v0.15.0", "v0.16.0", "v0.17.0", "v0.18.0", "v0.19.0", "v0.25.0"}

// TestRulesPerVersion runs every analyzer on the rule tests of every served
// dogma release. testdata/<version> is a module requiring that release; its
// directory <analyzer>/ holds the positive and look-alike tests of that
// analyzer's rules, as packages with // want comments (see
// testdata/README.md). A version without an analyzer's directory is a test
// failure: every rule is tested on every supported API.
func TestRulesPerVersion(t *testing.T) {
	for _, v := range served {
		t.Run(v, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", v))
			if err != nil {
				t.Fatal(err)
			}
			download(t, dir)
			for _, a := range suite.All {
				if _, err := os.Stat(filepath.Join(dir, a.Name)); err != nil {
					t.Errorf("%s has no tests for analyzer %s: %v", v, a.Name, err)
					continue
				}
				t.Run(a.Name, func(t *testing.T) {
					analysistest.Run(t, dir, a, "./"+a.Name+"/...")
				})
			}
		})
	}
}

// download fetches the module's build list: analysistest loads offline, and
// on a fresh clone only the dogma version of dogmavet's own go.mod is in the
// module cache.
func download(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}
}
