// Package goldenbuild checks that the golden files of a suggested-fix test
// compile: a fix must never leave code that does not build.
package goldenbuild

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Check copies the testdata module (a directory with go.mod and go.sum) to a
// temporary directory, replaces each file with its .golden version where
// there is one, and builds the given package patterns in module mode.
func Check(t *testing.T, testdata string, pkgs ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs go build")
	}
	if _, err := os.Stat(filepath.Join(testdata, "go.mod")); err != nil {
		t.Fatalf("testdata must be a module: %v", err)
	}
	dir := t.TempDir()
	err := filepath.WalkDir(testdata, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(testdata, path)
		if err != nil {
			return err
		}
		if _, err := os.Stat(path + ".golden"); err == nil {
			return nil // the golden version replaces it
		}
		rel = strings.TrimSuffix(rel, ".golden")
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		target := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", append([]string{"build"}, pkgs...)...)
	cmd.Dir = dir
	// An empty GOFLAGS keeps the default -mod=readonly, so the copied go.sum
	// must already hold every hash the build needs, as on a fresh clone.
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("the fixed (golden) code does not build: %v\n%s", err, out)
	}
}
