package configcheck_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
)

func TestRoutes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./routes")
}

func TestApplication(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./app")
}

func TestIdentity(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./identity")
}

func TestShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./shapes/...")
}

// TestNoFindings runs packages that must produce no finding: configurations
// extraction cannot follow, and look-alikes without dogma.
func TestNoFindings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./unfollowable", "./nodogma")
}

// TestIllTyped runs on a package that does not type-check.
func TestIllTyped(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./illtyped")
}

// TestCrossPackage finds application-wide conflicts between handlers of
// another package, through facts.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), configcheck.Analyzer, "./crosspkg/...")
}
