package cli

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/dogmavet/dogmavet/internal/ruleselect"
)

// diagnostic is a diagnostic of a root package with its positions resolved.
type diagnostic struct {
	Analyzer *analysis.Analyzer
	analysis.Diagnostic
	Pos, End token.Position
	Related  []related
}

type related struct {
	Pos, End token.Position
	Message  string
}

// collect returns the diagnostics of the graph's root packages, once each
// (a file of p is also a file of "p [p.test]"), sorted by position.
func collect(graph *checker.Graph) []diagnostic {
	type key struct {
		pos, end token.Position
		analyzer string
		message  string
	}
	seen := map[key]bool{}
	var diags []diagnostic
	for _, act := range graph.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			pos, end := fset.Position(d.Pos), fset.Position(d.End)
			k := key{pos, end, act.Analyzer.Name, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			diag := diagnostic{Analyzer: act.Analyzer, Diagnostic: d, Pos: pos, End: end}
			for _, r := range d.Related {
				diag.Related = append(diag.Related, related{fset.Position(r.Pos), fset.Position(r.End), r.Message})
			}
			diags = append(diags, diag)
		}
	}
	sort.SliceStable(diags, func(i, j int) bool { return lessDiagnostic(&diags[i], &diags[j]) })
	return diags
}

func lessDiagnostic(a, b *diagnostic) bool {
	if c := comparePosition(a.Pos, b.Pos); c != 0 {
		return c < 0
	}
	if c := comparePosition(a.End, b.End); c != 0 {
		return c < 0
	}
	if a.Category != b.Category {
		return a.Category < b.Category
	}
	if a.Analyzer.Name != b.Analyzer.Name {
		return a.Analyzer.Name < b.Analyzer.Name
	}
	return a.Message < b.Message
}

func comparePosition(a, b token.Position) int {
	switch {
	case a.Filename != b.Filename:
		return strings.Compare(a.Filename, b.Filename)
	case a.Line != b.Line:
		return a.Line - b.Line
	default:
		return a.Column - b.Column
	}
}

// printText prints diagnostics as go vet does, "file:line:col: message",
// with the rule ID at the end of the message, "(rule-id)", as under go vet,
// with related positions indented below. With contextLines >= 0 it also
// prints the offending lines and that many lines around them.
func printText(w io.Writer, diags []diagnostic, contextLines int) {
	files := map[string][]string{}
	source := func(pos, end token.Position) {
		if contextLines < 0 || !pos.IsValid() {
			return
		}
		lines, ok := files[pos.Filename]
		if !ok {
			data, _ := os.ReadFile(pos.Filename)
			lines = strings.Split(string(data), "\n")
			files[pos.Filename] = lines
		}
		last := pos.Line
		if end.IsValid() && end.Filename == pos.Filename && end.Line > last {
			last = end.Line
		}
		for i := pos.Line - contextLines; i <= last+contextLines; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
	for _, d := range diags {
		fmt.Fprintf(w, "%s: %s\n", positionString(d.Pos), ruleselect.WithRuleID(d.Message, d.Category))
		source(d.Pos, d.End)
		for _, r := range d.Related {
			fmt.Fprintf(w, "\t%s: %s\n", positionString(r.Pos), r.Message)
			source(r.Pos, r.End)
		}
	}
}

func positionString(p token.Position) string {
	if !p.IsValid() {
		return "-"
	}
	p.Filename = relPath(p.Filename)
	return p.String()
}

// sortDiagnostics puts each action's diagnostics in file position order.
// go/packages parses a package's files concurrently, so token.Pos order
// across files changes from run to run; an analyzer that reports in
// token.Pos order would otherwise make -json output vary.
func sortDiagnostics(graph *checker.Graph) {
	for act := range graph.All() {
		fset := act.Package.Fset
		sort.SliceStable(act.Diagnostics, func(i, j int) bool {
			a, b := act.Diagnostics[i], act.Diagnostics[j]
			if c := comparePosition(fset.Position(a.Pos), fset.Position(b.Pos)); c != 0 {
				return c < 0
			}
			if c := comparePosition(fset.Position(a.End), fset.Position(b.End)); c != 0 {
				return c < 0
			}
			if a.Category != b.Category {
				return a.Category < b.Category
			}
			return a.Message < b.Message
		})
	}
}
