package main_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// These tests run the dogmavet binary, built once by TestMain, as a user
// does: on the example applications under the repository's testdata and on
// the broken modules under cmd/dogmavet/testdata.

var update = flag.Bool("update", false, "rewrite the golden files")

var (
	dogmavet string // the binary under test
	root     string // the repository root
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(e2etest.WithBinary(m, "cmd/dogmavet", &root, &dogmavet))
}

// result is the outcome of one run of a program.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit code %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs a program in dir with extra environment variables.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return r
}

// dv runs dogmavet in dir.
func dv(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, nil, dogmavet, args...)
}

// exampleDir returns the directory of a repository example application.
func exampleDir(name string) string {
	return filepath.Join(root, "testdata", name)
}

// wantCode fails the test unless the run exited with code.
func wantCode(t *testing.T, r result, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("want exit code %d, got %s", code, r)
	}
}

// wantFindings compares findings with the expected ones.
func wantFindings(t *testing.T, got, want []e2etest.Finding) {
	t.Helper()
	if ok, diff := e2etest.Equal(got, want); !ok {
		t.Errorf("findings differ from the // defect: comments\n%s", diff)
	}
}

// golden compares got with the named golden file, or rewrites it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		e2etest.WriteFile(t, path, got)
		return
	}
	want := e2etest.ReadFile(t, path)
	if got != want {
		t.Errorf("%s differs from the golden file (go test -run %s -update rewrites it)\ngot:\n%s\nwant:\n%s", path, t.Name(), got, want)
	}
}
