package configcheck_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
)

// TestAnalyzer runs the analyzer once over every testdata package (loading
// is the expensive part):
//
//   - identity, routes, app: each rule broken once, next to valid
//     look-alikes;
//   - shapes/...: findings proven through each code shape extraction
//     follows (slices, constructors, helpers, generics, registrations);
//   - unfollowable, nodogma: configurations extraction cannot follow and
//     look-alikes without dogma, which must produce no finding;
//   - illtyped: code that does not type-check;
//   - crosspkg/...: application-wide conflicts between handlers of another
//     package, through facts.
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./...")
}

// TestAnalyzerRoutesVia checks the application-wide rules on dogma v0.16.0,
// where applications register handlers with Routes and the Via functions.
func TestAnalyzerRoutesVia(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.16.0"), configcheck.Analyzer, "./...")
}
