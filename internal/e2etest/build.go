package e2etest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Build builds a command of dogmavet's module into dir and returns the
// binary's path.
func Build(t testing.TB, root, pkg, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-o", bin, "./"+pkg)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./%s: %v\n%s", pkg, err, out)
	}
	return bin
}

// BuildMain is Build for TestMain, which has no testing.TB: it returns an
// error instead of failing a test.
func BuildMain(root, pkg, dir string) (string, error) {
	bin := filepath.Join(dir, filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-o", bin, "./"+pkg)
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	return bin, cmd.Run()
}

// WithBinary is the body of a TestMain whose tests run a command of
// dogmavet's module as a user does: it finds the repository's root, builds
// pkg into a temporary directory, runs the tests and removes the binary. It
// sets *root and *bin before the tests run, and returns the exit code for
// os.Exit.
func WithBinary(m *testing.M, pkg string, root, bin *string) int {
	var err error
	if *root, err = Root(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	dir, err := os.MkdirTemp("", "dogmavet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if *bin, err = BuildMain(*root, pkg, dir); err != nil {
		fmt.Fprintf(os.Stderr, "building %s: %v\n", pkg, err)
		return 1
	}
	return m.Run()
}
