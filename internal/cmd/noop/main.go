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
//
// In go vet's per-package runs it sets the garbage collector's percentage
// to $NOOP_VET_GCPERCENT when that is set (and GOGC is not), so that the
// benchmark can measure the floor at the GOGC dogmavet sets in vet units
// without changing the go command's own.
package main

import (
	"flag"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

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
	if pct, ok := vetGCPercent(os.Args, os.Getenv); ok {
		debug.SetGCPercent(pct)
	}
	// A top-level flag, so go vet lists it via -flags and passes it through.
	flag.String("nonce", "", "ignored; a fresh value defeats go vet's cache")
	multichecker.Main(Analyzer)
}

// vetGCPercent returns the GC percentage to set: $NOOP_VET_GCPERCENT, in a
// go vet unit (the last argument names a .cfg file), unless GOGC is set.
func vetGCPercent(args []string, getenv func(string) string) (int, bool) {
	if len(args) < 2 || !strings.HasSuffix(args[len(args)-1], ".cfg") || getenv("GOGC") != "" {
		return 0, false
	}
	pct, err := strconv.Atoi(getenv("NOOP_VET_GCPERCENT"))
	if err != nil || pct <= 0 {
		return 0, false
	}
	return pct, true
}
