package gclplugin

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/dogmaversion"
	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/internal/ruleselect"
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
	rules ruleselect.Selection
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New returns the plugin for the settings golangci-lint passes: the value
// of the plugin's "settings" key in .golangci.yml, nil when there is none.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("dogmavet settings: %w", err)
	}
	enable, err := ruleselect.ParseIDs("enable", s.Enable)
	if err != nil {
		return nil, fmt.Errorf("dogmavet settings: %w", err)
	}
	disable, err := ruleselect.ParseIDs("disable", s.Disable)
	if err != nil {
		return nil, fmt.Errorf("dogmavet settings: %w", err)
	}
	return &Plugin{rules: ruleselect.Selection{Enable: enable, Disable: disable}}, nil
}

// BuildAnalyzers returns dogmavet's analyzers, and the version gate
// (package dogmaversion) after them, each of the former wrapped so that it
// drops the diagnostics of the rules the settings turn off and gives the
// others the text golangci-lint shows (see issueText); the analyzers they
// require are left as they are, so that results and facts still flow
// between them.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var as []*analysis.Analyzer
	for _, a := range suite.All {
		as = append(as, ruleselect.Rewrite(a, func(pass *analysis.Pass, d *analysis.Diagnostic) bool {
			if !p.rules.Reports(d.Category) {
				return false
			}
			d.Message = issueText(pass.Fset, d)
			d.Related = nil
			return true
		}))
	}
	// golangci-lint knows no module versions either: a dogma package this
	// analyzer cannot place fails the run with its one-line reason,
	// instead of the other analyzers passing the program in silence.
	return append(as, dogmaversion.Analyzer), nil
}

// GetLoadMode says that the analyzers need type information.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// issueText is the text of a diagnostic's golangci-lint issue. golangci-lint
// turns each related position into an issue of its own, "(related
// information)", which reads as a second finding; so they go into the
// text, in brackets, and the rule ID, which .golangci.yml's settings and
// //dogmavet:ignore take, goes at its end:
//
//	message [file:line:col: related message; ...] (rule-id)
func issueText(fset *token.FileSet, d *analysis.Diagnostic) string {
	msg := d.Message
	if len(d.Related) > 0 {
		var rel []string
		for _, r := range d.Related {
			rel = append(rel, position(fset.Position(r.Pos))+": "+r.Message)
		}
		msg += " [" + strings.Join(rel, "; ") + "]"
	}
	return ruleselect.WithRuleID(msg, d.Category)
}

// position formats a position with its file relative to the working
// directory, golangci-lint's, when it lies inside it.
func position(p token.Position) string {
	if !p.IsValid() {
		return "-"
	}
	if wd, err := os.Getwd(); err == nil && filepath.IsAbs(p.Filename) {
		if rel, err := filepath.Rel(wd, p.Filename); err == nil && filepath.IsLocal(rel) {
			p.Filename = filepath.ToSlash(rel)
		}
	}
	return p.String()
}
