// Package suite lists every dogmavet analyzer, in the order the command line,
// the golangci-lint plugin and the documentation present them.
package suite

import "golang.org/x/tools/go/analysis"

// All holds every dogmavet analyzer.
var All = []*analysis.Analyzer{}
