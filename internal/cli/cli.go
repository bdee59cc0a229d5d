package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

// Exit codes, as go/analysis drivers use them.
const (
	exitClean    = 0
	exitError    = 1
	exitUsage    = 2
	exitFindings = 3
)

// Main runs dogmavet with the process's arguments and exits.
func Main(analyzers []*analysis.Analyzer) {
	args := os.Args[1:]
	if len(args) > 0 {
		switch args[0] {
		case "sarif":
			os.Exit(runSARIF(args[1:], analyzers, os.Stdout, os.Stderr))
		case "describe":
			os.Exit(runDescribe(args[1:], os.Stdout, os.Stderr))
		case "version":
			os.Exit(runVersion(args[1:], os.Stdout, os.Stderr))
		}
	}
	if vetProtocol(args) {
		runMultichecker(analyzers)
	}
	os.Exit(runStandalone(args, analyzers, os.Stdout, os.Stderr))
}

// vetProtocol reports whether the arguments are go vet's (-flags, -V=full,
// or flags and then a *.cfg file describing one package) or the help
// subcommand, all of which multichecker answers.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "help" || strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			break // flags end at the first operand
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "flags" || name == "V" {
			return true
		}
	}
	return false
}

// vetGCPercent is the garbage collector's target percentage in go vet's
// per-package runs.
const vetGCPercent = 400

// runMultichecker hands the process to x/tools' multichecker, after
// declaring the flags dogmavet adds, so that go vet passes them through.
func runMultichecker(analyzers []*analysis.Analyzer) {
	// go vet starts one short-lived process per package, whose heap stays
	// small; garbage collection was about 40% of its analysis CPU. Collecting
	// less often costs memory that such a process can spare (the measured
	// effect is in BENCHMARKS.md). A GOGC the user set wins.
	if unit := os.Args[len(os.Args)-1]; strings.HasSuffix(unit, ".cfg") && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(vetGCPercent)
	}
	flag.CommandLine.String("nonce", "", nonceUsage)
	flag.Usage = func() { usage(os.Stderr, analyzers) }
	multichecker.Main(analyzers...)
	os.Exit(exitError) // not reached: multichecker.Main exits
}

const nonceUsage = "ignored; a new value makes go vet re-run instead of using its cache (for benchmarks)"

func usage(w io.Writer, analyzers []*analysis.Analyzer) {
	fmt.Fprint(w, `dogmavet checks the configuration of Dogma applications.

Usage:
  dogmavet [flags] packages             check packages (exit 0 clean, 3 findings, 1 error)
  go vet -vettool=$(which dogmavet) packages
  dogmavet sarif [-root dir] packages   write findings as SARIF 2.1.0 to standard output
  dogmavet describe [-format text|json|dot|mermaid] packages
                                        print the applications found in packages
  dogmavet version                      print the version
  dogmavet help [analyzer]              describe the analyzers and their flags

Flags:
`)
	fs := newFlags(analyzers, io.Discard)
	fs.set.SetOutput(w)
	fs.set.PrintDefaults()
}
