// Package suite lists every dogmavet analyzer, in the order the command line,
// the golangci-lint plugin and the documentation present them.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/directives"
	"github.com/dogmavet/dogmavet/analyzer/endcancel"
	"github.com/dogmavet/dogmavet/analyzer/handlerreturns"
	"github.com/dogmavet/dogmavet/analyzer/notimeouts"
	"github.com/dogmavet/dogmavet/analyzer/rootmutation"
	"github.com/dogmavet/dogmavet/analyzer/scopecalls"
	"github.com/dogmavet/dogmavet/analyzer/switchcover"
)

// All holds every dogmavet analyzer.
var All = []*analysis.Analyzer{
	scopecalls.Analyzer,
	switchcover.Analyzer,
	handlerreturns.Analyzer,
	endcancel.Analyzer,
	notimeouts.Analyzer,
	rootmutation.Analyzer,
	directives.Analyzer,
	configcheck.Analyzer,
}
