package cli

import (
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestModuleVersion checks the version the gate judges by: the build
// list's, the replacement's when a replace directive names a version, and
// none for a directory replacement, which is judged by shape.
func TestModuleVersion(t *testing.T) {
	for _, c := range []struct {
		m    *packages.Module
		want string
	}{
		{nil, ""},
		{&packages.Module{Path: dogmaPath, Version: "v0.25.0"}, "v0.25.0"},
		{&packages.Module{Path: dogmaPath, Version: "v0.25.0", Replace: &packages.Module{Path: dogmaPath, Version: "v0.11.1"}}, "v0.11.1"},
		{&packages.Module{Path: dogmaPath, Version: "v0.19.0", Replace: &packages.Module{Path: "./dogma"}}, ""},
	} {
		if got := moduleVersion(c.m); got != c.want {
			t.Errorf("moduleVersion(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}

// TestRefusalWithoutDogma checks that a load without dogma is not refused.
func TestRefusalWithoutDogma(t *testing.T) {
	if err := (&loaded{}).refusal(); err != nil {
		t.Errorf("refusal of a load without dogma: %v", err)
	}
	if err := (&loaded{api: &packages.Package{PkgPath: dogmaPath}}).refusal(); err != nil {
		t.Errorf("refusal of a dogma package without types: %v", err)
	}
}
