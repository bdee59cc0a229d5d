package cli

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/dogmavet/dogmavet/internal/sarif"
	"github.com/dogmavet/dogmavet/validate"
)

// informationURI is dogmavet's home page, written into SARIF logs.
const informationURI = "https://github.com/dogmavet/dogmavet"

// runSARIF writes the findings for the packages the arguments name as a
// SARIF log to stdout. Findings do not change its exit code (0): code
// scanning, not the exit code, is what reports them.
func runSARIF(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dogmavet sarif", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", "", "directory that file URIs are relative to (default: the enclosing git repository, else the main module)")
	load := addLoadFlags(fs, true)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dogmavet sarif [-root dir] [-test=false] packages")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
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
	graph, err := checker.Analyze(analyzers, l.pkgs, &checker.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+oneLine(err.Error()))
		return exitError
	}
	for _, line := range analysisFailures(graph) {
		fmt.Fprintln(stderr, line)
		code = exitError
	}

	b := &sarif.Builder{
		Driver: sarif.Driver{
			Name:           "dogmavet",
			InformationURI: informationURI,
			Version:        sarifVersion(version()),
			Rules:          sarifRules(),
		},
		Root:     sarifRoot(*root, l),
		ReadFile: os.ReadFile,
	}
	if err := sarif.Write(stdout, b.Build(findings(collect(graph)))); err != nil {
		fmt.Fprintln(stderr, "dogmavet: "+err.Error())
		return exitError
	}
	return code
}

// findings converts diagnostics to SARIF findings. A diagnostic's category
// is its rule ID; a diagnostic without one is filed under its analyzer.
func findings(diags []diagnostic) []sarif.Finding {
	var fs []sarif.Finding
	for _, d := range diags {
		f := sarif.Finding{
			RuleID:  d.Category,
			Message: d.Message,
			Pos:     sarifPosition(d.Pos),
			End:     sarifPosition(d.End),
		}
		if f.RuleID == "" {
			f.RuleID = d.Analyzer.Name
		}
		for _, r := range d.Related {
			f.Related = append(f.Related, sarif.Related{Pos: sarifPosition(r.Pos), End: sarifPosition(r.End), Message: r.Message})
		}
		fs = append(fs, f)
	}
	return fs
}

func sarifPosition(p token.Position) sarif.Position {
	if !p.IsValid() {
		return sarif.Position{}
	}
	return sarif.Position{Filename: p.Filename, Line: p.Line, Column: p.Column}
}

// sarifRules describes every rule of the rule book.
func sarifRules() []sarif.Rule {
	var rules []sarif.Rule
	for _, r := range validate.Rules() {
		level := sarif.LevelError
		if r.Severity == validate.Warning {
			level = sarif.LevelWarning
		}
		rules = append(rules, sarif.Rule{
			ID:                   string(r.ID),
			Name:                 pascalCase(string(r.ID)),
			ShortDescription:     &sarif.Message{Text: r.Title},
			FullDescription:      &sarif.Message{Text: r.Why},
			HelpURI:              r.ID.URL(),
			Help:                 ruleHelp(r),
			DefaultConfiguration: &sarif.Configuration{Level: level},
			Properties:           &sarif.Properties{Tags: []string{"dogma", "configuration"}},
		})
	}
	return rules
}

// ruleHelp is the help GitHub shows under an alert: why, how to fix, and an
// example.
func ruleHelp(r validate.Rule) *sarif.Message {
	var text, md strings.Builder
	fmt.Fprintf(&text, "%s\n\n%s\n\nFix: %s\n\nSee %s", r.Title, r.Why, r.Fix, r.ID.URL())
	fmt.Fprintf(&md, "**%s**\n\n%s\n\n**Fix:** %s\n", r.Title, r.Why, r.Fix)
	if r.Bad != "" {
		fmt.Fprintf(&md, "\nBad:\n\n```go\n%s\n```\n", r.Bad)
	}
	if r.Good != "" {
		fmt.Fprintf(&md, "\nGood:\n\n```go\n%s\n```\n", r.Good)
	}
	fmt.Fprintf(&md, "\n[Documentation](%s)", r.ID.URL())
	return &sarif.Message{Text: text.String(), Markdown: md.String()}
}

// pascalCase turns a kebab-case rule ID into the identifier SARIF suggests
// for a rule's name: "identity-missing" becomes "IdentityMissing".
func pascalCase(id string) string {
	var b strings.Builder
	for _, w := range strings.Split(id, "-") {
		if w == "" {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// sarifRoot returns the directory artifact URIs are relative to: the flag's
// value, else the enclosing git repository, else the main module, else the
// working directory.
func sarifRoot(flagValue string, l *loaded) string {
	if flagValue != "" {
		if abs, err := filepath.Abs(flagValue); err == nil {
			return abs
		}
		return flagValue
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	for _, p := range l.pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return wd
}

// sarifVersion returns the module version as SARIF wants it, starting with
// a number: "v0.1.0" becomes "0.1.0", and a development build, which has no
// release number, is "0.0.0-devel".
func sarifVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v[0] < '0' || v[0] > '9' {
		return "0.0.0-devel"
	}
	return v
}
