package scopeexample_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestFixEndToEnd runs `dogmavet -fix` on a module with one finding of each
// fixable handler-code rule, compares the result with the golden file, and
// checks that the fixed module builds and has no finding left.
func TestFixEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dogmavet")
	}
	root := e2etest.RepoRoot(t)
	bin := e2etest.Build(t, root, "cmd/dogmavet", t.TempDir())

	mod := t.TempDir()
	e2etest.CopyTree(t, filepath.Join("testdata", "fixmod"), mod)
	e2etest.WriteFile(t, filepath.Join(mod, "go.mod"),
		"module example.com/fixmod\n\ngo 1.24.0\n\nrequire "+e2etest.DogmaModule+" "+e2etest.DogmaVersion+"\n")
	e2etest.WriteFile(t, filepath.Join(mod, "go.sum"), e2etest.GoSumLines(t, root, e2etest.DogmaModule))
	golden := filepath.Join(mod, "bank", "bank.go.golden")
	want := e2etest.ReadFile(t, golden)
	if err := os.Remove(golden); err != nil {
		t.Fatal(err)
	}

	run := func(args ...string) (string, int) {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String(), code
	}

	if out, code := run(bin, "./..."); code != 3 {
		t.Fatalf("before -fix: want exit code 3 (findings), got %d\n%s", code, out)
	}
	// The exit code after fixing is the driver's business; only a failure
	// to load or analyse (1) is wrong here.
	if out, code := run(bin, "-fix", "./..."); code == 1 {
		t.Fatalf("dogmavet -fix failed:\n%s", out)
	}
	if got := e2etest.ReadFile(t, filepath.Join(mod, "bank", "bank.go")); got != want {
		t.Errorf("fixed bank.go differs from bank.go.golden\ngot:\n%s", got)
	}
	if out, code := run("go", "build", "./..."); code != 0 {
		t.Errorf("the fixed module does not build:\n%s", out)
	}
	if out, code := run(bin, "./..."); code != 0 {
		t.Errorf("after -fix: want no finding, got exit code %d\n%s", code, out)
	}
}
