package cli

import (
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/dogmaversion"
)

// The version gate: dogmavet checks programs on dogma v0.15.0 to v0.25.x
// only. The analyzers stay silent on a dogma package they cannot place, so
// a program outside the range is refused before the analysis, or it would
// pass unchecked.

// findDogma returns the dogma package in the closure of pkgs, or nil. The
// loads call it before they prune Imports, which drops dogma.
func findDogma(pkgs []*packages.Package) *packages.Package {
	var found *packages.Package
	packages.Visit(pkgs, func(p *packages.Package) bool {
		if found == nil && p.PkgPath == dogmaPath && p.ID == dogmaPath {
			found = p
		}
		return found == nil
	}, nil)
	return found
}

// refusal returns why the program's dogma is refused, or nil. The version
// comes from the build list: a replace directive naming another version
// gives that version; one naming a directory gives none, and the package is
// then judged by its shape, as it is when the version is in range.
func (l *loaded) refusal() error {
	if l.api == nil || l.api.Types == nil || len(l.api.Errors) > 0 {
		return nil // a dogma that does not load is reported as such
	}
	return dogmaversion.Check(l.api.Types, moduleVersion(l.api.Module))
}

// moduleVersion returns the version a module is built at, "" when it is
// replaced by a directory or unknown.
func moduleVersion(m *packages.Module) string {
	switch {
	case m == nil:
		return ""
	case m.Replace != nil:
		return m.Replace.Version
	default:
		return m.Version
	}
}
