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
