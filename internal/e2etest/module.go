package e2etest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// DogmaModule and DogmaVersion are the Dogma API the example applications
// are written against.
const (
	DogmaModule  = "github.com/dogmatiq/dogma"
	DogmaVersion = "v0.15.0"
)

// CopyTree copies the regular files under src to dst.
func CopyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// ExampleModule copies testdata/<name> of the repository into dir as a
// module of its own that requires only Dogma. The module keeps the import
// path the example has inside dogmavet's module, so its packages import each
// other unchanged.
func ExampleModule(t testing.TB, root, name, dir string) {
	t.Helper()
	CopyTree(t, filepath.Join(root, "testdata", name), dir)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return // the example is a module already
	}
	gomod := "module " + ModulePath + "/testdata/" + name + "\n\ngo 1.24.0\n\nrequire " + DogmaModule + " " + DogmaVersion + "\n"
	WriteFile(t, filepath.Join(dir, "go.mod"), gomod)
	WriteFile(t, filepath.Join(dir, "go.sum"), GoSumLines(t, root, DogmaModule))
}

// WriteFile writes a file, creating its directory.
func WriteFile(t testing.TB, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ReadFile reads a file.
func ReadFile(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// GoFiles returns the .go files under dir, relative to it, with slashes.
func GoFiles(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
