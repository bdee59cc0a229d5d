package dogmaapi_test

import (
	"flag"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
	"github.com/dogmavet/dogmavet/analyzer/internal/goldenbuild"
	"github.com/dogmavet/dogmavet/analyzer/internal/testload"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts")

// served lists the testdata module of each dogma version the module proxy
// serves within the supported range.
var served = []string{"v0.15.0", "v0.16.0", "v0.17.0", "v0.18.0", "v0.19.0", "v0.25.0"}

// load loads a testdata module and returns its packages and the dogma
// module version its build list names ("" for a directory replacement).
func load(t *testing.T, dir string) ([]*packages.Package, *types.Package, string) {
	pkgs, dogma := loadModule(t, dir)
	return pkgs, dogma.Types, buildListVersion(dogma.Module)
}

// loadModule loads a testdata module and returns its packages and the dogma
// package it builds with.
// Loads are cached: each costs a go list, and the tests only read them.
func loadModule(t *testing.T, dir string) ([]*packages.Package, *packages.Package) {
	t.Helper()
	if l, ok := loaded[dir]; ok {
		return slices.Clone(l.pkgs), l.dogma
	}
	download(t, dir)
	pkgs := testload.Load(t, dir, true, "./...")
	var dogma *packages.Package
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.PkgPath == dogmaapi.Path {
			dogma = p
		}
	})
	if dogma == nil {
		t.Fatalf("%s does not import %s", dir, dogmaapi.Path)
	}
	loaded[dir] = loadedModule{pkgs, dogma}
	return slices.Clone(pkgs), dogma
}

type loadedModule struct {
	pkgs  []*packages.Package
	dogma *packages.Package
}

var loaded = map[string]loadedModule{}

// download fetches the modules of a testdata module's build list: the
// loader works offline, and on a fresh clone only the dogma version of
// dogmavet's own go.mod is in the module cache.
func download(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}
}

// buildListVersion is what a front end passes to Recognize: the version the
// build uses, which a replacement by another version changes and a
// replacement by a directory leaves unknown.
func buildListVersion(m *packages.Module) string {
	if m == nil {
		return ""
	}
	if m.Replace != nil {
		return m.Replace.Version
	}
	return m.Version
}

func TestServedGenerations(t *testing.T) {
	for _, v := range served {
		t.Run(v, func(t *testing.T) {
			dir := filepath.Join("testdata", v)
			pkgs, _, version := load(t, dir)
			if version != v {
				t.Fatalf("the build list names dogma %q, want %s", version, v)
			}
			// Every package of the module sees the same API, whether it
			// imports dogma directly or not.
			var api *dogmaapi.API
			for _, p := range pkgs {
				got, err := dogmaapi.Find(p.Types, version)
				if err != nil || got == nil {
					t.Fatalf("Find(%s, %s) = %v, %v; want the API", p.PkgPath, version, got, err)
				}
				if api != nil && got.Pkg != api.Pkg {
					t.Fatalf("%s sees another dogma package", p.PkgPath)
				}
				api = got
			}
			// Shape alone, as under go vet, places it the same.
			byShape, err := dogmaapi.Find(pkgs[0].Types, "")
			if err != nil || byShape.Summary() != api.Summary() {
				t.Fatalf("by shape: %v, %v; with the version: %s", byShape, err, api.Summary())
			}
			golden(t, filepath.Join("testdata", v+".golden"), transcript(t, dir, pkgs, api))
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("the recognizer's transcript differs from %s (run with -update and review the diff)\n--- got\n%s", path, got)
	}
}

// TestTestdataBuilds builds every testdata module with the go command, as a
// user's build would: they are the analyzers' per-version test programs, and
// must stay valid code of their generation.
func TestTestdataBuilds(t *testing.T) {
	for _, v := range append(served, "v0.11.1", "lookalike") {
		t.Run(v, func(t *testing.T) {
			goldenbuild.Check(t, filepath.Join("testdata", v), "./...")
		})
	}
}
