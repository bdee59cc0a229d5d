package gclplugin

import (
	"fmt"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/validate"
)

// Name is the plugin's name, the key of its section under
// linters.settings.custom in .golangci.yml.
const Name = "dogmavet"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Enable, when not empty, lists the IDs of the only rules to report.
	Enable []string `json:"enable"`

	// Disable lists the IDs of rules not to report.
	Disable []string `json:"disable"`
}

// Plugin is dogmavet's golangci-lint plugin.
type Plugin struct {
	// report says whether a diagnostic of the given category is reported.
	report func(category string) bool
	// filtered is true when some rule is turned off.
	filtered bool
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New returns the plugin for the settings golangci-lint passes: the value
// of the plugin's "settings" key in .golangci.yml, nil when there is none.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("dogmavet settings: %w", err)
	}
	known := map[string]bool{}
	for _, r := range validate.Rules() {
		known[string(r.ID)] = true
	}
	enable, err := ruleSet("enable", s.Enable, known)
	if err != nil {
		return nil, err
	}
	disable, err := ruleSet("disable", s.Disable, known)
	if err != nil {
		return nil, err
	}
	return &Plugin{
		report: func(category string) bool {
			if len(enable) > 0 && !enable[category] {
				return false
			}
			return !disable[category]
		},
		filtered: len(enable) > 0 || len(disable) > 0,
	}, nil
}

// ruleSet checks that every ID names a rule.
func ruleSet(field string, ids []string, known map[string]bool) (map[string]bool, error) {
	set := map[string]bool{}
	var unknown []string
	for _, id := range ids {
		if !known[id] {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
		set[id] = true
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("dogmavet settings: %s names unknown rule %s; the rule IDs are listed at %s",
			field, strings.Join(unknown, ", "), validate.DocsURL)
	}
	return set, nil
}

// BuildAnalyzers returns dogmavet's analyzers. When the settings turn rules
// off, each analyzer is wrapped so that it drops their diagnostics; the
// analyzers it requires are left as they are, so that results and facts
// still flow between them.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if !p.filtered {
		return suite.All, nil
	}
	var as []*analysis.Analyzer
	for _, a := range suite.All {
		as = append(as, p.filter(a))
	}
	return as, nil
}

// GetLoadMode says that the analyzers need type information.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// filter returns a copy of a that reports only the diagnostics of enabled
// rules.
func (p *Plugin) filter(a *analysis.Analyzer) *analysis.Analyzer {
	wrapped := *a
	run := a.Run
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if p.report(d.Category) {
				report(d)
			}
		}
		return run(pass)
	}
	return &wrapped
}
