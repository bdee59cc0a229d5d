// Package suppress implements the //dogmavet:ignore directive:
//
//	//dogmavet:ignore <rule-id> <reason>
//
// A directive on the line of a finding, or alone on the line above it,
// suppresses that finding when the rule ID matches. The reason is required.
// A further "//" on the line ends the directive and starts an ordinary
// comment.
//
// Every analyzer reports through a Reporter, which drops suppressed
// diagnostics and, when the analyzer's run ends, reports the directives for
// the analyzer's own rules that suppressed nothing. Malformed directives are
// reported once, by the directives analyzer, through Parse.
package suppress

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"github.com/dogmavet/dogmavet/validate"
)

// Prefix starts every directive. Like Go's own directives it has no space
// after the slashes.
const Prefix = "//dogmavet:ignore"

// Directive is one //dogmavet:ignore comment.
type Directive struct {
	// Comment is the comment holding the directive.
	Comment *ast.Comment

	// File and Line locate the comment.
	File string
	Line int

	// Rule and Reason are the directive's words; either may be empty when
	// the directive is malformed.
	Rule   validate.RuleID
	Reason string

	// OwnLine is true when nothing but the comment is on its line; such a
	// directive applies to the next line too.
	OwnLine bool
}

// Parse returns every directive in files, in source order.
func Parse(fset *token.FileSet, files []*ast.File) []*Directive {
	var out []*Directive
	for _, f := range files {
		tf := fset.File(f.Pos())
		if tf == nil {
			continue
		}
		// Which lines hold code is needed only to place a directive, and
		// almost no file has one: computing it for every file, once per
		// analyzer, was half of dogmavet's analysis time.
		var code map[int]bool
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				d := parse(c)
				if d == nil {
					continue
				}
				if code == nil {
					code = codeLines(fset, f)
				}
				pos := fset.Position(c.Pos())
				d.File, d.Line = pos.Filename, pos.Line
				d.OwnLine = !code[d.Line]
				out = append(out, d)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Comment.Pos() < out[j].Comment.Pos()
	})
	return out
}

func parse(c *ast.Comment) *Directive {
	rest, ok := strings.CutPrefix(c.Text, Prefix)
	if !ok {
		return nil
	}
	// "//dogmavet:ignorefoo" is some other word, not our directive.
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil
	}
	// A further "//" starts an ordinary trailing comment.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	d := &Directive{Comment: c}
	fields := strings.Fields(rest)
	if len(fields) > 0 {
		d.Rule = validate.RuleID(fields[0])
	}
	if len(fields) > 1 {
		d.Reason = strings.Join(fields[1:], " ")
	}
	return d
}

// codeLines returns the lines of f that hold something other than comments,
// so that a trailing directive can be told from one on its own line.
func codeLines(fset *token.FileSet, f *ast.File) map[int]bool {
	lines := map[int]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		lines[fset.Position(n.Pos()).Line] = true
		lines[fset.Position(n.End()).Line] = true
		return true
	})
	return lines
}

// Problem says what is wrong with the directive, or "" when it is well
// formed. known reports whether a rule ID exists.
func (d *Directive) Problem(known func(validate.RuleID) bool) string {
	switch {
	case d.Rule == "":
		return "//dogmavet:ignore directive names no rule: write //dogmavet:ignore <rule-id> <reason>"
	case !known(d.Rule):
		return "//dogmavet:ignore directive names unknown rule " + quote(string(d.Rule)) + ": use a rule ID from the dogmavet rule list"
	case d.Reason == "":
		return "//dogmavet:ignore directive for " + string(d.Rule) + " gives no reason: say why the finding does not apply"
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }

// covers reports whether the directive applies to a finding at file:line.
func (d *Directive) covers(file string, line int) bool {
	if d.File != file {
		return false
	}
	return line == d.Line || (d.OwnLine && line == d.Line+1)
}
