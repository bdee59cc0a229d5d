package cli

import (
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// The reduced load gives syntax and types only to the packages that can
// hold Dogma configuration (those that import dogma, directly or through
// other packages) and to the packages the patterns match; everything else,
// std and dogma included, comes from export data, as for any
// go/analysis driver that needs no facts.
//
// checker.Analyze follows Package.Imports to run fact-producing analyzers
// (dogmaconfig) on dependencies, and would run them on packages without
// syntax; so each kept package's Imports is pruned down to the kept
// packages, all loaded with syntax. That is sound because the set of dogma
// importers is closed upwards: a package that imports one imports dogma
// too. So every import path between two dogma importers runs through dogma
// importers only, pruning keeps every edge along which Dogma facts can
// flow, and the checker still analyses each package after its imports.
// What is lost is facts about the pruned packages: dogmaconfig produces
// none there, but a fact-producing analyzer about other code (x/tools'
// ctrlflow, which knows that log.Fatal does not return) has none for std.

// reducedMode gives the named packages syntax and types and reads their
// dependencies' types from export data. Package.Imports still covers the
// whole closure, which is how the dogma importers are found.
const reducedMode = packages.LoadSyntax | packages.NeedModule

// loadReduced loads patterns as the comment above describes. It loads the
// packages the patterns match; when other packages in their closure import
// dogma, it loads again, naming those too, so that they get syntax.
//
// It returns nil and no error when it cannot load soundly, and the caller
// must then load everything with syntax: when a package that imports dogma
// cannot be named on a go list command line (such as "a [b.test]", a
// package recompiled for another package's test, which go/packages would
// type-check without function bodies), when the patterns name files, or
// when naming the other dogma importers makes the go command fail.
func loadReduced(patterns []string, tests bool) (*loaded, error) {
	cfg := &packages.Config{Mode: reducedMode, Tests: tests}
	pkgs, err := goLoad(cfg, patterns)
	if err != nil {
		return nil, err
	}
	requested := map[string]bool{}
	for _, p := range pkgs {
		requested[p.ID] = true
	}
	// Only IDs are kept of the first load, so that it can be released
	// before the second.
	importers := map[string]bool{}
	l := &loaded{reduced: true}
	var extra []string
	for id, p := range dogmaImporters(pkgs) {
		importers[id] = true
		if requested[id] {
			continue
		}
		if !nameable(p) {
			return nil, nil
		}
		extra = append(extra, id)
	}
	for _, p := range pkgs {
		if importers[p.ID] || p.PkgPath == dogmaPath {
			l.dogma = true
		}
	}
	if len(extra) > 0 {
		if namesFiles(patterns) {
			return nil, nil // go list cannot mix files and import paths
		}
		sort.Strings(extra)
		pkgs = nil
		pkgs, err = goLoad(cfg, append(append([]string(nil), patterns...), extra...))
		if err != nil {
			// Perhaps because of what -test added for the extra packages,
			// which the full load does not ask for.
			return nil, nil
		}
	}

	// Keep the requested packages and the extra importers, not the test
	// variants of the latter, which -test adds but nobody asked for.
	keep := map[string]*packages.Package{}
	var roots, kept []*packages.Package
	for _, p := range pkgs {
		switch {
		case requested[p.ID]:
			roots = append(roots, p)
		case importers[p.ID]:
		default:
			continue
		}
		keep[p.ID] = p
		kept = append(kept, p)
	}
	if len(keep) != len(requested)+len(extra) {
		return nil, nil // the two loads disagree: do not guess
	}
	sound := true
	packages.Visit(kept, func(p *packages.Package) bool {
		if importers[p.ID] && keep[p.ID] != p {
			sound = false // a dogma importer without complete syntax
		}
		return sound
	}, nil)
	if !sound {
		return nil, nil
	}

	l.pkgs, l.problems, l.api = roots, problems(kept), findDogma(kept)
	l.pkgs, l.unchecked = healthy(roots)
	for _, p := range kept {
		pruned := map[string]*packages.Package{}
		for path, imp := range p.Imports {
			if keep[imp.ID] == imp {
				pruned[path] = imp
			}
		}
		p.Imports = pruned
	}
	return l, nil
}

// dogmaImporters returns, by ID, the packages in the closure of pkgs that
// import dogma, directly or not.
func dogmaImporters(pkgs []*packages.Package) map[string]*packages.Package {
	memo := map[*packages.Package]bool{}
	var uses func(p *packages.Package) bool
	uses = func(p *packages.Package) bool {
		if v, ok := memo[p]; ok {
			return v
		}
		memo[p] = false // go/packages breaks import cycles; stay finite anyway
		v := false
		for _, imp := range p.Imports {
			if imp.PkgPath == dogmaPath || uses(imp) {
				v = true
			}
		}
		memo[p] = v
		return v
	}
	found := map[string]*packages.Package{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if uses(p) {
			found[p.ID] = p
		}
	})
	return found
}

// nameable reports whether go list, given p's ID as a pattern, lists p
// itself: true of ordinary packages, not of test variants, test mains or
// command-line-arguments.
func nameable(p *packages.Package) bool {
	return p.ID == p.PkgPath && !strings.HasSuffix(p.ID, ".test") && p.ID != "command-line-arguments"
}

// namesFiles reports whether a pattern names a Go file.
func namesFiles(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			return true
		}
	}
	return false
}
