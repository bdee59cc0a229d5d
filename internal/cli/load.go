package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// dogmaPath is the import path of the Dogma API, which every application
// dogmavet can check imports, directly or not.
const dogmaPath = "github.com/dogmatiq/dogma"

// fullMode loads the syntax and types of every package, dependencies
// included. It is the fallback when the reduced load (reduce.go) cannot
// give every package that may hold Dogma configuration complete syntax.
const fullMode = packages.LoadAllSyntax | packages.NeedModule

// loaded is the outcome of loading the packages a command line names.
type loaded struct {
	// pkgs are the packages the patterns match, the roots of the analysis.
	// Their Imports lead to every package the analyzers must see.
	pkgs []*packages.Package

	// problems holds one line per package that failed to load, parse or
	// type-check.
	problems []string

	// unchecked holds one line per package the patterns match that is
	// left out of pkgs because a package it imports has problems.
	unchecked []string

	// dogma reports whether any of pkgs imports the Dogma API.
	dogma bool

	// reduced reports whether only the packages that can hold Dogma
	// configuration have syntax (see reduce.go).
	reduced bool

	// api is the dogma package the program is built on, with its module,
	// or nil; see gate.go.
	api *packages.Package
}

// load loads the packages matched by patterns. Its error is a one-line
// description of a failure of the go command itself; packages that are
// broken are described in loaded.problems instead.
//
// It tries the cheapest load first: the selective load (selective.go) for
// healthy code, then the reduced load (reduce.go), then the full load.
func load(patterns []string, tests bool) (*loaded, error) {
	if l := loadSelective(patterns, tests); l != nil {
		return l, nil
	}
	l, err := loadReduced(patterns, tests)
	if l != nil || err != nil {
		return l, err
	}
	return loadFull(patterns, tests)
}

// loadFull loads every package in the closure of patterns with syntax.
func loadFull(patterns []string, tests bool) (*loaded, error) {
	pkgs, err := goLoad(&packages.Config{Mode: fullMode, Tests: tests}, patterns)
	if err != nil {
		return nil, err
	}
	l := &loaded{pkgs: pkgs, problems: problems(pkgs), api: findDogma(pkgs)}
	l.pkgs, l.unchecked = healthy(pkgs)
	packages.Visit(pkgs, func(p *packages.Package) bool {
		if p.PkgPath == dogmaPath {
			l.dogma = true
		}
		return !l.dogma
	}, nil)
	return l, nil
}

// goLoad runs packages.Load and turns its failure, or an empty match, into
// a one-line error.
func goLoad(cfg *packages.Config, patterns []string) ([]*packages.Package, error) {
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, errors.New(oneLine(strings.TrimPrefix(err.Error(), "err: ")))
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, nil
}

// problems describes, one line each, the packages reachable from pkgs that
// failed to load, parse or type-check.
func problems(pkgs []*packages.Package) []string {
	var lines []string
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 {
			return
		}
		line := describeError(p, cause(p.Errors))
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	})
	return lines
}

// healthy returns the roots that can be checked: those without errors of
// their own or in a package they import, directly or not. A root that
// fails itself is in problems already; one that imports a failing package
// is described in unchecked, one line per package path, since its findings
// would rest on a guess (go vet does not check it either).
func healthy(roots []*packages.Package) (ok []*packages.Package, unchecked []string) {
	memo := map[*packages.Package]*packages.Package{} // package -> a broken package it reaches
	var broken func(p *packages.Package) *packages.Package
	broken = func(p *packages.Package) *packages.Package {
		if b, ok := memo[p]; ok {
			return b
		}
		memo[p] = nil // go/packages breaks import cycles; stay finite anyway
		var b *packages.Package
		if len(p.Errors) > 0 {
			b = p
		} else {
			paths := make([]string, 0, len(p.Imports))
			for path := range p.Imports {
				paths = append(paths, path)
			}
			sort.Strings(paths)
			for _, path := range paths {
				if b = broken(p.Imports[path]); b != nil {
					break
				}
			}
		}
		memo[p] = b
		return b
	}
	seen := map[string]bool{}
	for _, p := range roots {
		b := broken(p)
		switch {
		case b == nil:
			ok = append(ok, p)
		case b.PkgPath == p.PkgPath, b.PkgPath+"_test" == p.PkgPath, strings.HasSuffix(p.ID, ".test"):
			// The broken package itself, its external tests or a test
			// main: the broken package's line says it all.
		case !seen[p.PkgPath]:
			seen[p.PkgPath] = true
			unchecked = append(unchecked, fmt.Sprintf("dogmavet: %s not checked: it imports %s, which has errors", p.PkgPath, b.PkgPath))
		}
	}
	return ok, unchecked
}

// cause picks the error that describes a package's failure. The first
// error is the cause: the loader lists go list's errors, then the parser's,
// then the type checker's, and later ones are mostly consequences of the
// first. The exception is the compiler's output, which go list reports when
// asked for export data: the parser or the type checker, which load the
// package from source when it has none, say the same in go vet's words.
func cause(errs []packages.Error) packages.Error {
	for _, e := range errs {
		if e.Kind != packages.ListError || !strings.HasPrefix(e.Msg, "# ") {
			return e
		}
	}
	return errs[0]
}

// usesDogma reports whether any loaded package imports the Dogma API.
func (l *loaded) usesDogma() bool {
	return l.dogma
}

// describeError returns one line describing a package's error.
func describeError(p *packages.Package, e packages.Error) string {
	msg := oneLine(e.Msg)
	if e.Kind == packages.ParseError {
		msg = "syntax error: " + msg
	}
	if e.Pos != "" && e.Pos != "-" {
		return relPos(e.Pos) + ": " + msg
	}
	if p.ID != "" && !strings.Contains(msg, p.ID) {
		msg = "cannot load " + p.ID + ": " + msg
	}
	return "dogmavet: " + msg
}

// oneLine joins a message's lines and collapses its white space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// relPos shortens the file name of a "file:line:col" position.
func relPos(pos string) string {
	// The file name may itself hold colons; line and column are the last
	// two fields, when present.
	name, rest := pos, ""
	for range 2 {
		i := strings.LastIndexByte(name, ':')
		if i < 0 || !isDigits(name[i+1:]) {
			break
		}
		name, rest = name[:i], name[i:]+rest
	}
	return relPath(name) + rest
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// relPath returns name relative to the working directory when it lies
// inside it, as the go command prints file names.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(name) {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return name
}
