package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/dogmavet/dogmavet/internal/ruleselect"
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
		case "help":
			os.Exit(runHelp(args[1:], analyzers, os.Stdout, os.Stderr))
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
// or flags and then a *.cfg file describing one package), all of which
// multichecker answers.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if strings.HasSuffix(args[len(args)-1], ".cfg") {
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
	if unit := os.Args[len(os.Args)-1]; strings.HasSuffix(unit, ".cfg") {
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(vetGCPercent)
		}
		// The version gate (vetgate.go), before any analysis.
		if err := vetRefusal(unit); err != nil {
			reportVetRefusal(os.Stderr, unit, err)
			os.Exit(exitError)
		}
	}
	checkRuleFlags()
	flag.CommandLine.String("nonce", "", nonceUsage)
	enable, disable := &ruleselect.List{Name: "enable"}, &ruleselect.List{Name: "disable"}
	flag.CommandLine.Var(enable, "enable", enableUsage)
	flag.CommandLine.Var(disable, "disable", disableUsage)
	flag.Usage = func() { usage(os.Stderr, analyzers) }

	// The flags are parsed by the time an analyzer runs. The rule ID goes
	// into the message, so that go vet's "file:line:col: message" ends
	// with it. It does so in JSON too: go vet (since Go 1.26) asks its
	// tool for JSON and prints the text itself, so the tool cannot tell
	// which the user will see.
	var wrapped []*analysis.Analyzer
	for _, a := range analyzers {
		wrapped = append(wrapped, ruleselect.Rewrite(a, func(_ *analysis.Pass, d *analysis.Diagnostic) bool {
			sel := ruleselect.Selection{Enable: enable.IDs, Disable: disable.IDs}
			if !sel.Reports(d.Category) {
				return false
			}
			d.Message = ruleselect.WithRuleID(d.Message, d.Category)
			return true
		}))
	}
	multichecker.Main(wrapped...)
	os.Exit(exitError) // not reached: multichecker.Main exits
}

// checkRuleFlags checks the rule IDs of -enable and -disable before
// multichecker parses the command line. go vet runs its tool once per
// package, dependencies included: an unknown ID is reported, once and
// without the whole usage, for each package the user named, and ignored
// for the others, whose runs only compute facts (their findings are not
// shown), so that the mistake is not repeated for every package of std.
func checkRuleFlags() {
	args := os.Args[1:]
	var kept []string
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") || (name != "enable" && name != "disable") {
			kept = append(kept, args[i])
			continue
		}
		arg := []string{args[i]}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
			arg = append(arg, value)
		}
		if _, err := ruleselect.ParseIDs("-"+name, strings.Split(value, ",")); err != nil {
			if factsOnly(args[len(args)-1]) {
				continue // drop the flag
			}
			fmt.Fprintln(os.Stderr, "dogmavet: "+err.Error())
			os.Exit(exitUsage)
		}
		kept = append(kept, arg...)
	}
	os.Args = append(os.Args[:1], kept...)
}

// factsOnly reports whether the argument is a go vet unit configuration
// for a package that is analysed only for facts.
func factsOnly(cfg string) bool {
	if !strings.HasSuffix(cfg, ".cfg") {
		return false
	}
	data, err := os.ReadFile(cfg)
	if err != nil {
		return false
	}
	var unit struct{ VetxOnly bool }
	return json.Unmarshal(data, &unit) == nil && unit.VetxOnly
}

const nonceUsage = "ignored; a new value makes go vet re-run instead of using its cache (for benchmarks)"

func usage(w io.Writer, analyzers []*analysis.Analyzer) {
	fmt.Fprint(w, `dogmavet checks the configuration of Dogma applications.

Usage:
  dogmavet [flags] packages             check packages (exit 0 clean, 3 findings, 1 error)
  go vet -vettool=$(which dogmavet) packages
  dogmavet sarif [-root dir] [-test=false] packages
                                        write findings as SARIF 2.1.0 to standard output
  dogmavet describe [-format text|json|dot|mermaid] [-test] packages
                                        print the applications found in packages
  dogmavet version                      print the version
  dogmavet help                         list the rules
  dogmavet help RULE                    print a rule's documentation

Flags:
`)
	fs := newFlags(analyzers, io.Discard)
	fs.set.SetOutput(w)
	fs.set.PrintDefaults()
}
