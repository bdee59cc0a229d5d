package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestCodeScanningWorkflow runs the commands of the GitHub workflow in
// docs/code-scanning.md: the step that writes the SARIF file, in a module
// with defects, and checks that the upload step reads the file it wrote.
func TestCodeScanningWorkflow(t *testing.T) {
	doc := e2etest.ReadFile(t, filepath.Join(root, "docs", "code-scanning.md"))
	_, workflow, _ := strings.Cut(doc, "```yaml\n")
	workflow, _, _ = strings.Cut(workflow, "```")
	for _, want := range []string{
		"security-events: write",
		"go install github.com/dogmavet/dogmavet/cmd/dogmavet@",
		"uses: github/codeql-action/upload-sarif@",
	} {
		if !strings.Contains(workflow, want) {
			t.Errorf("the workflow lacks %q", want)
		}
	}
	step := regexp.MustCompile(`run: (dogmavet sarif \./\.\.\. > (\S+))\n`).FindStringSubmatch(workflow)
	if step == nil {
		t.Fatalf("the workflow has no `dogmavet sarif ./... > FILE` step:\n%s", workflow)
	}
	command, file := step[1], step[2]
	if !strings.Contains(workflow, "sarif_file: "+file+"\n") {
		t.Errorf("the upload step does not read %s", file)
	}

	// Run the step as the workflow's shell does, in a checkout of a module
	// with defects, with the freshly built dogmavet on PATH.
	dir := t.TempDir()
	e2etest.ExampleModule(t, root, "example-defects", dir)
	env := []string{"PATH=" + filepath.Dir(dogmavet) + string(os.PathListSeparator) + os.Getenv("PATH")}
	r := run(t, dir, env, "sh", "-e", "-c", command)
	wantCode(t, r, 0)
	var log struct {
		Version string
		Runs    []struct{ Results []json.RawMessage }
	}
	if err := json.Unmarshal([]byte(e2etest.ReadFile(t, filepath.Join(dir, file))), &log); err != nil {
		t.Fatalf("%s is not JSON: %v", file, err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("%s is not a SARIF 2.1.0 log with results", file)
	}
}

// TestREADMEExampleOutput checks that the output the README shows for its
// first dogmavet command is what that command prints.
func TestREADMEExampleOutput(t *testing.T) {
	readme := e2etest.ReadFile(t, filepath.Join(root, "README.md"))
	const command = "go run ./cmd/dogmavet ./testdata/example-defects/...\n```\n\n```text\n"
	_, shown, ok := strings.Cut(readme, command)
	if !ok {
		t.Fatalf("README.md does not show the output of %q", strings.SplitN(command, "\n", 2)[0])
	}
	shown, _, _ = strings.Cut(shown, "```")
	r := dv(t, root, "./testdata/example-defects/...")
	wantCode(t, r, 3)
	for _, line := range strings.Split(strings.TrimSpace(shown), "\n") {
		if line != "..." && !strings.Contains(r.stderr, line+"\n") {
			t.Errorf("README.md shows a line dogmavet does not print:\n%s", line)
		}
	}
}
