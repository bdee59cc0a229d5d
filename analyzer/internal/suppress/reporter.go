package suppress

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/validate"
)

// Reporter reports an analyzer's diagnostics, dropping those a directive
// suppresses.
type Reporter struct {
	pass  *analysis.Pass
	owned []validate.RuleID

	// directives holds the well-formed directives for owned rules; used
	// records which of them suppressed something.
	directives []*Directive
	used       map[*Directive]bool
}

// NewReporter returns a Reporter for pass. owned lists the rule IDs the
// analyzer reports; Finish reports unused directives for those rules only,
// so that each directive is judged by exactly one analyzer.
func NewReporter(pass *analysis.Pass, owned []validate.RuleID) *Reporter {
	r := &Reporter{pass: pass, owned: owned, used: map[*Directive]bool{}}
	for _, d := range Parse(pass.Fset, pass.Files) {
		if d.Reason != "" && slices.Contains(owned, d.Rule) {
			r.directives = append(r.directives, d)
		}
	}
	return r
}

// Report reports d unless a directive for d.Category covers its line.
func (r *Reporter) Report(d analysis.Diagnostic) {
	pos := r.pass.Fset.Position(d.Pos)
	suppressed := false
	for _, dir := range r.directives {
		if string(dir.Rule) == d.Category && dir.covers(pos.Filename, pos.Line) {
			r.used[dir] = true
			suppressed = true
		}
	}
	if !suppressed {
		r.pass.Report(d)
	}
}

// Reportf reports a finding of rule at rng with a formatted message, and
// the rule's category and documentation URL.
func (r *Reporter) Reportf(rule validate.RuleID, rng analysis.Range, format string, args ...any) {
	r.Report(Diagnostic(rule, rng, format, args...))
}

// Diagnostic builds a diagnostic of rule at rng, for callers that add fixes
// or related positions before calling Report.
func Diagnostic(rule validate.RuleID, rng analysis.Range, format string, args ...any) analysis.Diagnostic {
	return analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: string(rule),
		URL:      rule.URL(),
		Message:  fmt.Sprintf(format, args...),
	}
}

// Finish reports every directive for the analyzer's rules that suppressed
// nothing, in source order. Call it once, after the last Report.
func (r *Reporter) Finish() {
	for _, dir := range r.directives {
		if r.used[dir] {
			continue
		}
		d := Diagnostic(validate.DirectiveUnused, dir.Comment,
			"unused //dogmavet:ignore directive: nothing here is reported as %s; remove the directive", dir.Rule)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Remove the unused directive",
			TextEdits: []analysis.TextEdit{{Pos: dir.Comment.Pos(), End: dir.Comment.End()}},
		}}
		r.pass.Report(d)
	}
}
