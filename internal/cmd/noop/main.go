// Command noop is an analysis driver whose one analyzer does nothing. It is
// the floor of dogmavet's benchmarks: what loading, type-checking and the
// go vet protocol cost before any analyzer work.
//
// It declares a -nonce flag that it ignores. go vet keys its cache on the
// flags passed to the tool, so a fresh nonce on every run measures the
// uncached cost:
//
//	go vet -vettool=$(which noop) -nonce=$RANDOM ./...
//	noop ./...
package main

import (
	"flag"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

// Analyzer reports nothing and needs nothing, not even the inspector, so
// every cost measured with it belongs to the driver.
var Analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "do nothing\n\nnoop is the floor for dogmavet's benchmarks.",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	// A top-level flag, so go vet lists it via -flags and passes it through.
	flag.String("nonce", "", "ignored; a fresh value defeats go vet's cache")
	multichecker.Main(Analyzer)
}
