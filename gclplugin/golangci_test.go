package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// golangciVersion is the golangci-lint release the plugin is tested with.
const golangciVersion = "v2.15.0"

// TestGolangciLint builds a golangci-lint binary with dogmavet's plugin the
// way "golangci-lint custom" does, runs it on the defective example and
// checks that it reports exactly the defects, and that the plugin's
// settings turn rules off.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint from source, which takes minutes; run without -short")
	}
	root := e2etest.RepoRoot(t)
	work := t.TempDir()

	start := time.Now()
	bin := buildCustomGolangciLint(t, root, work)
	t.Logf("built golangci-lint %s with the dogmavet plugin in %s", golangciVersion, time.Since(start).Round(time.Second))

	app := filepath.Join(work, "app")
	e2etest.ExampleModule(t, root, "example-defects", app)
	defects := e2etest.Defects(t, app)

	t.Run("all rules", func(t *testing.T) {
		got := runGolangciLint(t, bin, app, work, "")
		want := e2etest.WithoutRules(defects)
		if ok, diff := e2etest.Equal(got, want); !ok {
			t.Errorf("golangci-lint findings differ from the // defect: comments\n%s", diff)
		}
	})

	t.Run("settings disable rules", func(t *testing.T) {
		off := map[string]bool{"identity-key-canonical": true, "end-cancelled": true}
		got := runGolangciLint(t, bin, app, work, "        settings:\n          disable: [identity-key-canonical, end-cancelled]\n")
		var kept []e2etest.Finding
		for _, d := range defects {
			if !off[d.Rule] {
				kept = append(kept, d)
			}
		}
		if len(kept) == len(defects) {
			t.Fatal("the example has no defect of a disabled rule, so the test proves nothing")
		}
		if ok, diff := e2etest.Equal(got, e2etest.WithoutRules(kept)); !ok {
			t.Errorf("with rules disabled, findings differ\n%s", diff)
		}
	})
}

// goEnv is the environment for the go commands of the build: modules may
// be added to go.mod and go.sum, from the configured proxy or the module
// cache, as "golangci-lint custom" lets them.
func goEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod -buildvcs=false", "GOWORK=off")
}

func runIn(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// buildCustomGolangciLint does what "golangci-lint custom" does with a
// .custom-gcl.yml whose plugin has "path" set to the repository, except
// that it takes golangci-lint's source from the Go module proxy (through
// the module cache) instead of cloning its git repository: it rewrites
// cmd/golangci-lint/plugins.go to import the plugin, adds a replace
// directive for dogmavet's module, tidies go.mod and builds the command.
func buildCustomGolangciLint(t *testing.T, root, work string) string {
	t.Helper()
	out := runIn(t, work, goEnv(), "go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal([]byte(out), &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download golangci-lint: %v %s\n%s", err, mod.Error, out)
	}

	src := filepath.Join(work, "golangci-lint")
	e2etest.CopyTree(t, mod.Dir, src)
	e2etest.WriteFile(t, filepath.Join(src, "cmd", "golangci-lint", "plugins.go"),
		"package main\n\nimport (\n\t_ \"github.com/dogmavet/dogmavet/gclplugin\"\n)\n")
	runIn(t, src, goEnv(), "go", "mod", "edit", "-replace", e2etest.ModulePath+"="+root)
	runIn(t, src, goEnv(), "go", "mod", "tidy")

	// -trimpath keeps the build's cache keys free of the temporary
	// directory, so that later runs reuse the compiled packages.
	bin := filepath.Join(work, "custom-gcl")
	runIn(t, src, goEnv(), "go", "build", "-trimpath", "-o", bin, "./cmd/golangci-lint")
	return bin
}

// runGolangciLint runs the custom golangci-lint on the module in dir with
// only the dogmavet linter enabled and the given plugin settings (YAML
// lines under the plugin's key), and returns the findings it reports.
func runGolangciLint(t *testing.T, bin, dir, work, settings string) []e2etest.Finding {
	t.Helper()
	config := `version: "2"
linters:
  default: none
  enable:
    - dogmavet
  settings:
    custom:
      dogmavet:
        type: module
        description: checks the configuration of Dogma applications
        original-url: github.com/dogmavet/dogmavet
` + settings + `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
`
	e2etest.WriteFile(t, filepath.Join(dir, ".golangci.yml"), config)

	cmd := exec.Command(bin, "run", "--output.json.path=stdout", "--output.text.path=stderr", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(work, "gcl-cache"), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	// golangci-lint exits with 1 when it reports issues.
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("golangci-lint run: %v, want exit code 1 for issues\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}

	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	// The JSON report comes first; golangci-lint prints a summary after it.
	if err := json.NewDecoder(&stdout).Decode(&report); err != nil {
		t.Fatalf("golangci-lint output is not JSON: %v\n%s", err, stdout.String())
	}
	var fs []e2etest.Finding
	seen := map[e2etest.Finding]bool{}
	for _, is := range report.Issues {
		if is.FromLinter != "dogmavet" {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
		}
		// A diagnostic's related positions come out as issues of their own.
		if strings.Contains(is.Text, "(related information): ") {
			continue
		}
		f := e2etest.Finding{File: filepath.ToSlash(is.Pos.Filename), Line: is.Pos.Line}
		if !seen[f] {
			seen[f] = true
			fs = append(fs, f)
		}
	}
	e2etest.SortFindings(fs)
	return fs
}
