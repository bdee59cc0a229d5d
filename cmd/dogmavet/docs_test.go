package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
	"github.com/dogmavet/dogmavet/validate"
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

// TestREADMEExampleOutput runs the README's first dogmavet command as
// written, with go run, and checks that it prints the output the README
// shows and exits as the README says: go run exits with 1 after printing
// "exit status 3", dogmavet's own code.
func TestREADMEExampleOutput(t *testing.T) {
	readme := e2etest.ReadFile(t, filepath.Join(root, "README.md"))
	const command = "go run ./cmd/dogmavet ./testdata/example-defects/..."
	_, shown, ok := strings.Cut(readme, "```sh\n"+command+"\n```\n\n```text\n")
	if !ok {
		t.Fatalf("README.md does not show the output of %q", command)
	}
	shown, _, _ = strings.Cut(shown, "```")
	if claim := "`go run` reports that as\n`exit status 3` and itself exits with status 1"; !strings.Contains(readme, claim) {
		t.Errorf("README.md no longer says %q; update this test", claim)
	}
	r := run(t, root, nil, "go", strings.Fields(command)[1:]...)
	wantCode(t, r, 1)
	if !strings.HasSuffix(r.stderr, "\nexit status 3\n") {
		t.Errorf("go run does not end with exit status 3:\n%s", r)
	}
	for _, line := range strings.Split(strings.TrimSpace(shown), "\n") {
		if line != "..." && !strings.Contains(r.stderr, line+"\n") {
			t.Errorf("README.md shows a line dogmavet does not print:\n%s", line)
		}
	}

	// The defect counts the README gives.
	dir := exampleDir("example-defects")
	defects := e2etest.Defects(t, dir)
	rules := map[string]bool{}
	for _, d := range defects {
		rules[d.Rule] = true
	}
	for _, claim := range []string{
		fmt.Sprintf("with %d injected defects", len(defects)),
		fmt.Sprintf("They break %d of the %d rules", len(rules), len(validate.Rules())),
	} {
		if !strings.Contains(strings.Join(strings.Fields(readme), " "), claim) {
			t.Errorf("README.md does not say %q, as the example and the rule book have it", claim)
		}
	}
	for _, rule := range validate.Rules() {
		listed := strings.Contains(readme, "`"+string(rule.ID)+"`,") || strings.Contains(readme, "`"+string(rule.ID)+"` and") || strings.Contains(readme, "`"+string(rule.ID)+"`)")
		if !rules[string(rule.ID)] && !listed {
			t.Errorf("rule %s has no defect in the example and README.md does not say so", rule.ID)
		}
	}
}
