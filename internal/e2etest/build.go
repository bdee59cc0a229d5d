package e2etest

import (
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
