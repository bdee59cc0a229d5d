package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/dogmavet/dogmavet/internal/ruleselect"
)

// runStandalone checks the packages the arguments name and returns the exit
// code: 0 when clean, 3 with findings, 1 when a package cannot be checked.
func runStandalone(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	f := newFlags(analyzers, stderr)
	// The flag package prints what is wrong; the whole usage would bury it.
	f.set.Usage = func() {}
	if err := f.set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stderr, analyzers)
			return exitClean
		}
		fmt.Fprintln(stderr, "run dogmavet -h for the flags, dogmavet help for the rules")
		return exitUsage
	}
	patterns := f.set.Args()
	if len(patterns) == 0 {
		usage(stderr, analyzers)
		return exitUsage
	}

	l, code := loadForAnalysis(patterns, f.load.tests, stderr)
	if l == nil {
		return code
	}
	graph, err := checker.Analyze(selectRules(f.selected(analyzers), f.rules()), l.pkgs, &checker.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+oneLine(err.Error()))
		return exitError
	}
	if failures := analysisFailures(graph); len(failures) > 0 {
		for _, line := range failures {
			fmt.Fprintln(stderr, line)
		}
		code = exitError
	}
	if f.fix {
		if c := runFixes(graph, f.diff, stdout, stderr); c != exitClean {
			code = c
		}
		return code
	}
	if f.json {
		sortDiagnostics(graph)
		if err := graph.PrintJSON(stdout); err != nil {
			fmt.Fprintln(stderr, "dogmavet: "+err.Error())
			return exitError
		}
		return code // 0 unless something failed, as x/tools' -json does
	}
	diags := collect(graph)
	printText(stderr, diags, f.context)
	if code == exitClean && len(diags) > 0 {
		code = exitFindings
	}
	return code
}

// selectRules returns the analyzers, changed to drop the diagnostics of the
// rules sel does not report.
func selectRules(analyzers []*analysis.Analyzer, sel ruleselect.Selection) []*analysis.Analyzer {
	if sel.All() {
		return analyzers
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		out = append(out, ruleselect.Rewrite(a, func(_ *analysis.Pass, d *analysis.Diagnostic) bool {
			return sel.Reports(d.Category)
		}))
	}
	return out
}

// loadForAnalysis loads the packages. It reports, one line per cause,
// the packages that cannot be analysed: the go command failed, a package
// does not compile (or imports one that does not), or nothing uses Dogma;
// or, alone, that the program's dogma is refused (gate.go).
// It returns nil when nothing is left to analyse, and otherwise the
// packages that can be, with exit code 1 when some could not: a broken
// package does not hide the findings of the others, as under go vet.
func loadForAnalysis(patterns []string, tests bool, stderr io.Writer) (*loaded, int) {
	l, err := load(patterns, tests)
	if err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+err.Error())
		return nil, exitError
	}
	if err := l.refusal(); err != nil {
		// Nothing is analysed: every finding would rest on a misreading
		// of the API, and silence would pass the program unchecked. The
		// refusal is the one line: code written for another API that does
		// not compile is a consequence.
		fmt.Fprintln(stderr, "dogmavet: "+err.Error())
		return nil, exitError
	}
	code := exitClean
	for _, line := range append(l.problems, l.unchecked...) {
		fmt.Fprintln(stderr, line)
		code = exitError
	}
	if !l.usesDogma() {
		if code == exitClean {
			fmt.Fprintf(stderr, "dogmavet: no package in %s imports %s: nothing to check\n",
				strings.Join(patterns, " "), dogmaPath)
		}
		return nil, exitError
	}
	if len(l.pkgs) == 0 {
		return nil, code
	}
	return l, code
}

// analysisFailures describes, one line each, analyzers that failed. An
// analyzer skipped because its package does not compile is not a failure of
// its own: load already reported the package.
func analysisFailures(graph *checker.Graph) []string {
	var lines []string
	seen := map[string]bool{}
	for act := range graph.All() {
		if act.Err == nil || len(act.Package.Errors) > 0 {
			continue
		}
		line := fmt.Sprintf("dogmavet: analyzer %s failed on %s: %s", act.Analyzer.Name, act.Package.PkgPath, oneLine(act.Err.Error()))
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	sort.Strings(lines)
	return lines
}
