package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/gclplugin"
	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// golangciVersion is the golangci-lint release the plugin is tested with.
const golangciVersion = "v2.15.0"

// TestGolangciLint builds a golangci-lint binary with dogmavet's plugin the
// way "golangci-lint custom" does, runs it on the defective example and
// checks that it reports exactly the defects, one issue each whose text
// ends with its rule ID, and that the plugin's settings turn rules off.
func TestGolangciLint(t *testing.T) {
	e2etest.RequireLong(t, "gclplugin", "builds golangci-lint from source, which takes minutes")
	root := e2etest.RepoRoot(t)
	work := t.TempDir()

	start := time.Now()
	bin := buildCustomGolangciLint(t, root, work)
	t.Logf("built golangci-lint %s with the dogmavet plugin in %s", golangciVersion, time.Since(start).Round(time.Second))

	app := filepath.Join(work, "app")
	e2etest.ExampleModule(t, root, "example-defects", app)
	defects := e2etest.Defects(t, app)

	t.Run("all rules", func(t *testing.T) {
		e2etest.WriteFile(t, filepath.Join(app, ".golangci.yml"), onlyDogmavet)
		got := runGolangciLint(t, bin, app, work)
		want := defects
		if ok, diff := e2etest.Equal(got, want); !ok {
			t.Errorf("golangci-lint findings differ from the // defect: comments\n%s", diff)
		}
	})

	// The README's .golangci.yml, used as it stands: it enables the
	// standard linters too (their issues are ignored) and turns one rule
	// off.
	t.Run("README configuration", func(t *testing.T) {
		config := readmeBlock(t, root, "# .golangci.yml")
		off := "identity-key-canonical"
		if !strings.Contains(config, "disable: ["+off+"]") {
			t.Fatalf("the README's .golangci.yml no longer disables %s; update this test\n%s", off, config)
		}
		e2etest.WriteFile(t, filepath.Join(app, ".golangci.yml"), config)
		got := runGolangciLint(t, bin, app, work)
		var kept []e2etest.Finding
		for _, d := range defects {
			if d.Rule != off {
				kept = append(kept, d)
			}
		}
		if len(kept) == len(defects) {
			t.Fatal("the example has no defect of the disabled rule, so the test proves nothing")
		}
		if ok, diff := e2etest.Equal(got, kept); !ok {
			t.Errorf("with %s disabled, findings differ\n%s", off, diff)
		}
	})

	// A program on a dogma outside the supported range fails the run with
	// the version gate's reason instead of passing in silence.
	t.Run("unsupported dogma", func(t *testing.T) {
		old := filepath.Join(work, "v0.11.1")
		e2etest.CopyTree(t, filepath.Join(root, "analyzer", "internal", "dogmaapi", "testdata", "v0.11.1"), old)
		e2etest.WriteFile(t, filepath.Join(old, ".golangci.yml"), onlyDogmavet)
		cmd := exec.Command(bin, "run", "./...")
		cmd.Dir = old
		cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(work, "gcl-cache"), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		const refusal = "the program's dogma package is older than v0.15.0 (it has no Command interface): dogmavet supports dogma v0.15.0 to v0.25.0; require a version in that range"
		if err == nil || !strings.Contains(string(out), refusal) {
			t.Errorf("golangci-lint on a v0.11.1 program: %v, want a failure naming the refusal\n%s", err, out)
		}
		t.Logf("golangci-lint on a v0.11.1 program: %v\n%s", err, out)
	})
}

// readmeBlock returns the fenced code block of README.md whose first line
// is the given comment.
func readmeBlock(t *testing.T, root, first string) string {
	t.Helper()
	readme := e2etest.ReadFile(t, filepath.Join(root, "README.md"))
	for _, block := range strings.Split(readme, "```yaml\n")[1:] {
		body, _, _ := strings.Cut(block, "```")
		if strings.HasPrefix(body, first+"\n") {
			return body
		}
	}
	t.Fatalf("README.md has no yaml block starting with %q", first)
	return ""
}

// TestREADMECustomGCL checks that the README's .custom-gcl.yml builds the
// golangci-lint version and imports the package this test builds with.
func TestREADMECustomGCL(t *testing.T) {
	config := readmeBlock(t, e2etest.RepoRoot(t), "# .custom-gcl.yml")
	for _, want := range []string{
		"version: " + golangciVersion + "\n",
		"module: " + e2etest.ModulePath + "\n",
		"import: " + e2etest.ModulePath + "/gclplugin\n",
	} {
		if !strings.Contains(config, want) {
			t.Errorf("the README's .custom-gcl.yml lacks %q:\n%s", want, config)
		}
	}
	golangci := readmeBlock(t, e2etest.RepoRoot(t), "# .golangci.yml")
	for _, want := range []string{"      " + gclplugin.Name + ":\n", "type: module\n", "- " + gclplugin.Name + "\n"} {
		if !strings.Contains(golangci, want) {
			t.Errorf("the README's .golangci.yml lacks %q:\n%s", want, golangci)
		}
	}
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

// issueRule matches the rule ID at the end of an issue's text.
var issueRule = regexp.MustCompile(` \(([a-z0-9]+(?:-[a-z0-9]+)+)\)$`)

// onlyDogmavet is a .golangci.yml that runs dogmavet alone, with every
// finding shown.
const onlyDogmavet = `version: "2"
linters:
  default: none
  enable:
    - dogmavet
  settings:
    custom:
      dogmavet:
        type: module
        description: checks the configuration of Dogma applications
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
`

// runGolangciLint runs the custom golangci-lint on the module in dir with
// the .golangci.yml there, and returns the findings of the dogmavet linter.
func runGolangciLint(t *testing.T, bin, dir, work string) []e2etest.Finding {
	t.Helper()
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
	// One issue per finding: the related positions are in its text, and
	// its rule ID at the end (the Equal of the callers counts duplicates).
	var fs []e2etest.Finding
	for _, is := range report.Issues {
		if is.FromLinter != "dogmavet" {
			continue // a standard linter's, when the configuration enables them
		}
		if strings.Contains(is.Text, "(related information)") {
			t.Errorf("a related position is an issue of its own: %q", is.Text)
			continue
		}
		f := e2etest.Finding{File: filepath.ToSlash(is.Pos.Filename), Line: is.Pos.Line}
		if m := issueRule.FindStringSubmatch(is.Text); m != nil {
			f.Rule = m[1]
		} else {
			t.Errorf("issue %q does not end with its rule ID", is.Text)
		}
		fs = append(fs, f)
	}
	e2etest.SortFindings(fs)
	return fs
}
