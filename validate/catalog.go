package validate

import (
	"sort"
	"strings"
)

// Rule documents one rule of the rule book. The catalog drives problem
// severities and order, docs/rules.md and the README's rule table.
type Rule struct {
	ID       RuleID
	Title    string
	Severity Severity

	// Checked says where the rule is checked.
	Checked Checks

	// Refs names the rules of config-rules.md the rule covers, e.g. "R5"
	// (configkit) or "D1" (dogma documentation).
	Refs []string

	// Why quotes the dogma sentence or describes the configkit behaviour
	// behind the rule.
	Why string

	// Since is the first dogma version the rule applies to, such as
	// "v0.16.0" for a rule about an API that version added; empty for a
	// rule of every supported version (v0.15.0 to v0.25.0). The analyzers
	// check a rule only on a program whose dogma has the API it is about.
	Since string

	// Bad and Good are Go snippets: a violation and its fix.
	Bad, Good string

	// Fix says how to fix a violation.
	Fix string

	// Follows says what the static analyzers follow to prove a violation,
	// and where they stay silent; empty when nothing needs saying.
	Follows string
}

// Checks says where a rule is checked: in source, on a live application,
// by the run-time engine, or a combination.
type Checks uint8

const (
	// CheckedInSource: the dogmavet analyzers check the rule in source code,
	// before anything runs.
	CheckedInSource Checks = 1 << iota

	// CheckedLive: validate.Application, and runtime.New, which calls it,
	// check the rule on a live dogma.Application.
	CheckedLive

	// CheckedByEngine: the runtime package's engine checks the rule while
	// the handlers run, and reports a violation of it with the rule's ID.
	CheckedByEngine
)

// Has reports whether c includes every check of d.
func (c Checks) Has(d Checks) bool { return c&d == d && d != 0 }

// String lists the checks in words, e.g. "in source and on a live
// application".
func (c Checks) String() string {
	var parts []string
	if c.Has(CheckedInSource) {
		parts = append(parts, "in source (the dogmavet analyzers)")
	}
	if c.Has(CheckedLive) {
		parts = append(parts, "on a live application (validate.Application)")
	}
	if c.Has(CheckedByEngine) {
		parts = append(parts, "while the handlers run (the runtime engine)")
	}
	switch len(parts) {
	case 0:
		return "nowhere"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// ruleGroup is one catalog_*.go file's rules. order places the group in
// Rules(); groups are far apart so that new ones fit in between.
type ruleGroup struct {
	order int
	rules []Rule
}

var groups []ruleGroup

// addRules adds a group of rules to the catalog. Each catalog_*.go file calls
// it once from a package-level variable declaration; adding a rule means
// adding an entry to one of those lists (and its ID to ruleid.go).
func addRules(order int, rules ...Rule) struct{} {
	groups = append(groups, ruleGroup{order, rules})
	return struct{}{}
}

// Rules returns every rule, ordered by group and, within a group, as the
// group lists them. The order is the order of problems and of the docs.
func Rules() []Rule {
	gs := append([]ruleGroup(nil), groups...)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].order < gs[j].order })
	var rs []Rule
	for _, g := range gs {
		rs = append(rs, g.rules...)
	}
	return rs
}

// RuleFor returns the rule with the given ID.
func RuleFor(id RuleID) (Rule, bool) {
	for _, g := range groups {
		for _, r := range g.rules {
			if r.ID == id {
				return r, true
			}
		}
	}
	return Rule{}, false
}
