package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/validate"
)

// runHelp answers "dogmavet help [topic]": without a topic, the usage and
// the list of rules; with a rule ID, that rule's documentation; with an
// analyzer's name, the analyzer's.
func runHelp(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		usage(stdout, analyzers)
		fmt.Fprintln(stdout)
		writeRuleList(stdout)
		fmt.Fprintln(stdout)
		writeAnalyzerList(stdout, analyzers)
		return exitClean
	case 1:
	default:
		fmt.Fprintln(stderr, "usage: dogmavet help [rule-id or analyzer]")
		return exitUsage
	}
	topic := args[0]
	if doc, ok := ruleDoc(validate.RuleID(topic)); ok {
		io.WriteString(stdout, doc)
		return exitClean
	}
	for _, a := range analyzers {
		if a.Name == topic {
			fmt.Fprintf(stdout, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
			return exitClean
		}
	}
	fmt.Fprintf(stderr, "dogmavet: unknown help topic %q: run dogmavet help for the rule IDs\n", topic)
	return exitUsage
}

// writeRuleList lists every rule with its severity and title.
func writeRuleList(w io.Writer) {
	fmt.Fprintln(w, "Rules (dogmavet help RULE prints one's documentation; -enable and -disable take their IDs):")
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, r := range validate.Rules() {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.ID, r.Severity, r.Title)
	}
	tw.Flush()
}

// writeAnalyzerList lists the analyzers, which -NAME selects, with the
// first line of their documentation.
func writeAnalyzerList(w io.Writer, analyzers []*analysis.Analyzer) {
	fmt.Fprintln(w, "Analyzers (-NAME runs only the named ones, -NAME=false all but them):")
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, a := range analyzers {
		title, _, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
		fmt.Fprintf(tw, "  %s\t%s\n", a.Name, title)
	}
	tw.Flush()
}

// ruleDoc returns the section of docs/rules.md that documents the rule,
// followed by the legend of the references it cites. It is cut from the
// rendered docs, so that it is the same text.
func ruleDoc(id validate.RuleID) (string, bool) {
	r, ok := validate.RuleFor(id)
	if !ok {
		return "", false
	}
	md := validate.RulesMarkdown()
	start := bytes.Index(md, []byte("\n## "+string(id)+"\n"))
	if start < 0 {
		return "", false
	}
	section := md[start+1:]
	if end := bytes.Index(section, []byte("\n## ")); end >= 0 {
		section = section[:end+1]
	}
	var b strings.Builder
	b.Write(section)
	var legend []string
	for _, ref := range r.Refs {
		line := "- **" + strings.TrimRight(ref, "abcde") + "**: "
		for _, l := range strings.Split(string(md), "\n") {
			if strings.HasPrefix(l, line) {
				legend = append(legend, l)
				break
			}
		}
	}
	if len(legend) > 0 {
		b.WriteString("\nReferences:\n\n" + strings.Join(legend, "\n") + "\n")
	}
	b.WriteString("\n" + id.URL() + "\n")
	return b.String(), true
}
