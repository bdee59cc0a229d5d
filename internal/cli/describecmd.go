package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/internal/describe"
)

var describeFormats = map[string]func(io.Writer, *describe.Description) error{
	"text":    describe.WriteText,
	"json":    describe.WriteJSON,
	"dot":     describe.WriteDOT,
	"mermaid": describe.WriteMermaid,
}

// runDescribe prints the applications and handlers that dogmaconfig
// extracts from the packages the arguments name.
func runDescribe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dogmavet describe", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json, dot or mermaid")
	// Test files are left out by default: applications assembled in tests
	// are fixtures, not the application.
	load := addLoadFlags(fs, false)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dogmavet describe [-format text|json|dot|mermaid] [-test] packages")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	write, ok := describeFormats[*format]
	if !ok {
		fmt.Fprintf(stderr, "dogmavet: unknown describe format %q: use text, json, dot or mermaid\n", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}

	l, code := loadForAnalysis(fs.Args(), load.tests, stderr)
	if l == nil {
		return code
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{dogmaconfig.Analyzer}, l.pkgs, &checker.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+oneLine(err.Error()))
		return exitError
	}
	for _, line := range analysisFailures(graph) {
		fmt.Fprintln(stderr, line)
		code = exitError
	}
	var results []*dogmaconfig.Result
	for _, act := range graph.Roots {
		if r, ok := act.Result.(*dogmaconfig.Result); ok && act.Err == nil {
			results = append(results, r)
		}
	}
	d := describe.Build(results, describePos)
	if len(d.Applications) == 0 && len(d.Handlers) == 0 {
		fmt.Fprintf(stderr, "dogmavet: no Dogma application or handler in %s\n", strings.Join(fs.Args(), " "))
		return exitError
	}
	if err := write(stdout, d); err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+err.Error())
		return exitError
	}
	return code
}

// describePos formats a position relative to the working directory.
func describePos(p dogmaconfig.Posn) string {
	if p.File == "" {
		return "-"
	}
	return relPath(p.File) + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}
