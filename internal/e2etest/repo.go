package e2etest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ModulePath is the path of dogmavet's module.
const ModulePath = "github.com/dogmavet/dogmavet"

// RepoRoot returns the root of dogmavet's module, found from the working
// directory of the test.
func RepoRoot(t testing.TB) string {
	t.Helper()
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// Root is RepoRoot for TestMain, which has no testing.TB.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(data), "module "+ModulePath+"\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod of %s above the working directory", ModulePath)
		}
		dir = parent
	}
}

// InCI reports whether the tests run in CI, where a missing program fails a
// test instead of skipping it.
func InCI() bool { return os.Getenv("CI") == "true" }

// RequireProgram returns the path of an external program. When it is
// missing the test is skipped, with the reason, except in CI, where it
// fails.
func RequireProgram(t testing.TB, name, install string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	msg := fmt.Sprintf("%s is not installed (%s); .ci/run installs it", name, install)
	if InCI() {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// GoEnv returns the value of a go env variable.
func GoEnv(t testing.TB, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}

// GoSumLines returns the lines of the repository's go.sum for the given
// module, so that a throw-away module requiring it builds from the module
// cache without asking the checksum database.
func GoSumLines(t testing.TB, root, module string) string {
	t.Helper()
	f, err := os.Open(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	s := bufio.NewScanner(f)
	for s.Scan() {
		if strings.HasPrefix(s.Text(), module+" ") {
			b.WriteString(s.Text() + "\n")
		}
	}
	if b.Len() == 0 {
		t.Fatalf("go.sum has no line for %s", module)
	}
	return b.String()
}

// LongEnv names the environment variable that turns on the long tests:
// the sweep over real modules and the end-to-end builds (golangci-lint from
// source, pre-commit). go test ./... leaves them out so that it finishes in
// minutes; .ci/run runs them after it, as named steps.
const LongEnv = "DOGMAVET_LONG_TESTS"

// RequireLong skips the test, saying how to run it, unless LongEnv is 1.
// what says what makes the test long; pkg is its package directory.
func RequireLong(t testing.TB, pkg, what string) {
	t.Helper()
	if os.Getenv(LongEnv) == "1" {
		return
	}
	t.Skipf("%s; run it with %s=1 go test -run '^%s$' ./%s (.ci/run does)", what, LongEnv, t.Name(), pkg)
}
