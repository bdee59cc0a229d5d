package dogmaapi_test

import (
	"path/filepath"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

// TestAnalyzer runs the shared analyzer as a driver would: by shape alone,
// it gives each package of a supported module the API, and each package of
// the v0.11.1 module the refusal, never failing the analysis.
func TestAnalyzer(t *testing.T) {
	for _, tc := range []struct {
		dir, shape, refusal string
	}{
		{dir: "v0.25.0", shape: "v0.25.x"},
		{dir: "v0.15.0", shape: "v0.15.x"},
		{dir: "v0.11.1", refusal: "the program's dogma package is older than v0.15.0 (it has no Command interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			pkgs, _ := loadModule(t, filepath.Join("testdata", tc.dir))
			g := testload.Analyze(t, pkgs, dogmaapi.Analyzer)
			n := 0
			for _, act := range g.Roots {
				r, ok := act.Result.(*dogmaapi.Result)
				if !ok {
					t.Fatalf("%s: result %T", act, act.Result)
				}
				n++
				switch {
				case tc.shape != "" && (r.Err != nil || r.API == nil || r.API.Shape != tc.shape):
					t.Errorf("%s: %+v, want the %s API", act.Package.PkgPath, r, tc.shape)
				case tc.refusal != "" && (r.API != nil || r.Err == nil || r.Err.Error() != tc.refusal):
					t.Errorf("%s: %+v, want the refusal %q", act.Package.PkgPath, r, tc.refusal)
				}
			}
			if n == 0 {
				t.Fatal("no packages analysed")
			}
		})
	}
}
