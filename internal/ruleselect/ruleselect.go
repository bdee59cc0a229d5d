package ruleselect

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/validate"
)

// Selection says which rules are reported: when Enable is not empty, only
// its rules; otherwise every rule but those of Disable.
type Selection struct {
	Enable, Disable map[string]bool
}

// Reports says whether a diagnostic of the category is reported. A
// diagnostic without a rule ID is always reported.
func (s Selection) Reports(category string) bool {
	if category == "" {
		return true
	}
	if len(s.Enable) > 0 && !s.Enable[category] {
		return false
	}
	return !s.Disable[category]
}

// All reports whether the selection reports every rule.
func (s Selection) All() bool { return len(s.Enable) == 0 && len(s.Disable) == 0 }

// ParseIDs checks that every ID names a rule of the rule book and returns
// them as a set. what names the list in the error, e.g. "-disable".
func ParseIDs(what string, ids []string) (map[string]bool, error) {
	set := map[string]bool{}
	var unknown []string
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if _, ok := validate.RuleFor(validate.RuleID(id)); !ok {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
		set[id] = true
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		word := "rule"
		if len(unknown) > 1 {
			word = "rules"
		}
		return nil, fmt.Errorf("%s names unknown %s %s; dogmavet help lists the rule IDs, as does %s",
			what, word, strings.Join(unknown, ", "), validate.DocsURL)
	}
	return set, nil
}

// List is a flag.Value holding a comma-separated list of rule IDs, each
// checked when the flag is set.
type List struct {
	Name string // the flag's name, for errors
	IDs  map[string]bool
}

func (l *List) String() string {
	if l == nil {
		return ""
	}
	var ids []string
	for id := range l.IDs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

func (l *List) Set(s string) error {
	ids, err := ParseIDs("-"+l.Name, strings.Split(s, ","))
	if err != nil {
		return err
	}
	if l.IDs == nil {
		l.IDs = map[string]bool{}
	}
	for id := range ids {
		l.IDs[id] = true
	}
	return nil
}

// Rewrite returns a copy of a whose diagnostics pass through rewrite before
// they are reported; rewrite returns false to drop one. The analyzers a
// requires are left as they are, so that results and facts still flow
// between them.
func Rewrite(a *analysis.Analyzer, rewrite func(*analysis.Pass, *analysis.Diagnostic) bool) *analysis.Analyzer {
	wrapped := *a
	run := a.Run
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if rewrite(pass, &d) {
				report(d)
			}
		}
		return run(pass)
	}
	return &wrapped
}

// WithRuleID returns the message with the rule ID at its end,
// staticcheck-style: "message (rule-id)".
func WithRuleID(message, category string) string {
	if category == "" {
		return message
	}
	return message + " (" + category + ")"
}
