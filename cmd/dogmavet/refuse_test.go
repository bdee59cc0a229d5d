package main_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// The version gate: a program on a dogma outside v0.15.0 to v0.25.x is
// refused with one line and exit code 1, by every command, standalone (from
// the build list's version) and under go vet (by the package's shape),
// rather than passing unchecked.

// refusedModule returns the directory of a dogmaapi testdata module the gate
// must refuse.
func refusedModule(name string) string {
	return filepath.Join(root, "analyzer", "internal", "dogmaapi", "testdata", name)
}

// moduleEnv runs the go command in a module of its own, outside dogmavet's.
var moduleEnv = []string{"GOWORK=off", "GOFLAGS=-mod=mod"}

const supported = ": dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"

var refusals = []struct {
	module string
	// standalone is the refusal from the build list's version, vet the
	// refusal by shape alone.
	standalone, vet string
}{
	{
		"v0.11.1",
		"dogmavet: dogma v0.11.1 is older than v0.15.0" + supported,
		"dogmavet: the program's dogma package is older than v0.15.0 (it has no Command interface)" + supported,
	},
	{
		// dogma replaced by a directory: no version, judged by shape.
		"lookalike",
		"dogmavet: the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no HandlesCommand[T] function)" + supported,
		"dogmavet: the program's dogma package (github.com/dogmatiq/dogma) is not a Dogma API that dogmavet recognises (no HandlesCommand[T] function)" + supported,
	},
}

// wantRefusal checks that a run failed with exactly the one line.
func wantRefusal(t *testing.T, r result, line string) {
	t.Helper()
	wantCode(t, r, 1)
	if r.stderr != line+"\n" || r.stdout != "" {
		t.Errorf("want only the line %q on standard error, got %s", line, r)
	}
}

func TestRefuseStandalone(t *testing.T) {
	for _, c := range refusals {
		t.Run(c.module, func(t *testing.T) {
			dir := refusedModule(c.module)
			for _, args := range [][]string{
				{"./..."},
				{"-test=false", "-json", "./..."},
				{"describe", "./..."},
				{"describe", "-test=false", "-format=json", "./..."},
				{"sarif", "./..."},
				{"sarif", "-test=false", "./..."},
			} {
				r := run(t, dir, moduleEnv, dogmavet, args...)
				wantRefusal(t, r, c.standalone)
			}
		})
	}
}

// TestRefuseReplacedVersion checks that the version is the replacement's: the
// modules require v0.25.0 but build with v0.11.1.
func TestRefuseReplacedVersion(t *testing.T) {
	dir := t.TempDir()
	e2etest.CopyTree(t, refusedModule("v0.11.1"), dir)
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), `module example.test/warehouse

go 1.24

require github.com/dogmatiq/dogma v0.25.0

replace github.com/dogmatiq/dogma v0.25.0 => github.com/dogmatiq/dogma v0.11.1
`)
	r := run(t, dir, moduleEnv, dogmavet, "./...")
	wantRefusal(t, r, refusals[0].standalone)

	// Code written for v0.25.0 does not compile against v0.11.1: the
	// refusal is still the one line, not the type errors it explains.
	dir = t.TempDir()
	e2etest.CopyTree(t, exampleDir("example-v25"), dir)
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), `module example.test/lending

go 1.24

require github.com/dogmatiq/dogma v0.25.0

replace github.com/dogmatiq/dogma v0.25.0 => github.com/dogmatiq/dogma v0.11.1
`)
	r = run(t, dir, moduleEnv, dogmavet, "./...")
	wantRefusal(t, r, refusals[0].standalone)
}

// TestRefuseVet checks go vet: every package that depends on the refused
// dogma fails, so that go vet fails and caches no pass, and the refusal is
// printed once for the whole run; go vet itself adds a header before it and
// an exit status line for each other failed package.
func TestRefuseVet(t *testing.T) {
	for _, c := range refusals {
		t.Run(c.module, func(t *testing.T) {
			r := run(t, refusedModule(c.module), moduleEnv, "go", "vet", "-vettool="+dogmavet, "./...")
			if r.code == 0 {
				t.Fatalf("go vet passed a refused program:\n%s", r)
			}
			n := 0
			for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
				switch {
				case line == c.vet:
					n++
				case strings.HasPrefix(line, "# "), strings.HasSuffix(line, ": exit status 1"):
				default:
					t.Errorf("unexpected line %q", line)
				}
			}
			if n != 1 {
				t.Errorf("the refusal is printed %d times, want once:\n%s", n, r)
			}
		})
	}
}

// TestVetSupportedStillRuns checks that the gate lets a supported program
// through under go vet: the defective example still has its findings.
//
// The run has a nonce of its own: go vet's cache key for a package does not
// say whether the package was vetted only for facts, so vetting app alone
// would leave the packages it imports cached as clean for a later go vet
// that names them, with the same flags.
func TestVetSupportedStillRuns(t *testing.T) {
	r := goVet(t, "-nonce="+strconv.FormatInt(time.Now().UnixNano(), 10), "./testdata/example-defects/app")
	if r.code == 0 || !strings.Contains(r.stderr, "(duplicate-key)") || strings.Contains(r.stderr, "supports dogma") {
		t.Errorf("go vet on a supported program, want its findings and no refusal:\n%s", r)
	}
}
