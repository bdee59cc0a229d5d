package dogmaapi_test

import (
	"errors"
	"go/types"
	"path/filepath"
	"testing"

	"github.com/dogmavet/dogmavet/analyzer/internal/dogmaapi"
)

// TestRefusesOlderAPI loads a v0.11.1 application: whether the build list's
// version is known or the shape alone speaks, it is refused as older than
// v0.15.0, with a message naming what was found.
func TestRefusesOlderAPI(t *testing.T) {
	pkgs, dogma, version := load(t, filepath.Join("testdata", "v0.11.1"))
	if version != "v0.11.1" {
		t.Fatalf("the build list names dogma %q, want v0.11.1", version)
	}
	for _, tc := range []struct {
		version, want string
	}{
		{version, "dogma v0.11.1 is older than v0.15.0: dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
		{"", "the program's dogma package is older than v0.15.0 (it has no Command interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
	} {
		api, err := dogmaapi.Find(pkgs[0].Types, tc.version)
		assertRefused(t, api, err, tc.want)
		// Recognize on the package itself says the same.
		api, err = dogmaapi.Recognize(dogma, tc.version)
		assertRefused(t, api, err, tc.want)
	}
}

// TestRefusesLookalike loads an application built on a package with dogma's
// import path and many of its names, but route functions that are not
// generic: it must be refused, naming what is missing, whatever version the
// build list claims. A package of the application that merely is called
// dogma is not dogma at all.
func TestRefusesLookalike(t *testing.T) {
	pkgs, _, version := load(t, filepath.Join("testdata", "lookalike"))
	if version != "" {
		t.Fatalf("a directory replacement has no version, got %q", version)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		byPath[p.PkgPath] = p.Types
	}
	app := byPath["example.test/lookalike/app"]
	api, err := dogmaapi.Find(app, "")
	assertRefused(t, api, err, "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no HandlesCommand[T] function): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range")
	api, err = dogmaapi.Find(app, "v0.19.0")
	assertRefused(t, api, err, "dogma v0.19.0 (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no HandlesCommand[T] function): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range")

	for _, path := range []string{"example.test/lookalike/other", "example.test/lookalike/internal/dogma"} {
		if api, err := dogmaapi.Find(byPath[path], ""); api != nil || err != nil {
			t.Errorf("Find(%s) = %v, %v; want nothing, it does not depend on dogma", path, api, err)
		}
	}
}

// TestVersionRange refuses a known version outside the range even when the
// shape is a supported one, and accepts patch releases and pseudo-versions
// within it.
func TestVersionRange(t *testing.T) {
	_, dogma, _ := load(t, filepath.Join("testdata", "v0.25.0"))
	for _, tc := range []struct {
		version, want string
	}{
		{"v0.26.0", "dogma v0.26.0 is newer than v0.25.x: dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
		{"v1.0.0", "dogma v1.0.0 is newer than v0.25.x: dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
		{"v0.14.3", "dogma v0.14.3 is older than v0.15.0: dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
		{"v0.26.0-0.20260601000000-0123456789ab", "dogma v0.26.0-0.20260601000000-0123456789ab is newer than v0.25.x: dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"},
	} {
		api, err := dogmaapi.Recognize(dogma, tc.version)
		assertRefused(t, api, err, tc.want)
	}
	for _, v := range []string{"v0.25.0", "v0.25.1", "v0.25.1-0.20260601000000-0123456789ab", "", "(devel)"} {
		api, err := dogmaapi.Recognize(dogma, v)
		if err != nil || api.Shape != "v0.25.x" || api.Version != v {
			t.Errorf("Recognize(v0.25.0's package, %q) = %v, %v; want the v0.25.x API with version %q", v, api, err, v)
		}
	}
}

// TestIncompletePackage: under go vet an indirectly imported dogma is read
// from export data and holds only what its importers mention; it is not
// placed (nor refused), so nothing is checked against half an API.
func TestIncompletePackage(t *testing.T) {
	partial := types.NewPackage(dogmaapi.Path, "dogma")
	importer := types.NewPackage("example.test/app", "app")
	importer.SetImports([]*types.Package{partial})
	importer.MarkComplete()
	if api, err := dogmaapi.Find(importer, ""); api != nil || err != nil {
		t.Errorf("Find with an incomplete dogma = %v, %v; want nothing", api, err)
	}
	// The same package, complete but empty, is refused.
	partial.MarkComplete()
	api, err := dogmaapi.Find(importer, "")
	assertRefused(t, api, err, "the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no Application interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range")
}

func assertRefused(t *testing.T, api *dogmaapi.API, err error, want string) {
	t.Helper()
	var ue *dogmaapi.UnsupportedError
	if api != nil || !errors.As(err, &ue) {
		t.Fatalf("got %v, %v; want an *UnsupportedError", api, err)
	}
	if err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}
}
