package main_test

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

func TestStandaloneCleanExample(t *testing.T) {
	r := dv(t, root, "./testdata/example/...")
	wantCode(t, r, 0)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("clean example produced output:\n%s", r)
	}
}

func TestStandaloneDefects(t *testing.T) {
	dir := exampleDir("example-defects")
	r := dv(t, root, "./testdata/example-defects/...")
	wantCode(t, r, 3)
	if r.stdout != "" {
		t.Errorf("findings went to standard output:\n%s", r.stdout)
	}
	// Each finding ends with its rule ID.
	wantFindings(t, e2etest.ParseText(t, r.stderr, root, dir), e2etest.Defects(t, dir))
}

func TestStandaloneContextLines(t *testing.T) {
	r := dv(t, root, "-c=0", "./testdata/example-defects/...")
	wantCode(t, r, 3)
	// Every finding is followed by its own source line, which holds the
	// defect comment.
	lines := strings.Split(r.stderr, "\n")
	n := 0
	for i, line := range lines {
		if e2etest.ParseText(t, line, root, root) == nil {
			continue
		}
		n++
		if i+1 >= len(lines) || !strings.Contains(lines[i+1], "// defect:") {
			t.Errorf("finding %q is not followed by its source line", line)
		}
	}
	if n == 0 {
		t.Errorf("no finding in output:\n%s", r)
	}
}

// jsonDiagnostic is the part of x/tools' -json schema the tests read.
type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	URL      string `json:"url"`
}

// parseJSON reads -json output: package ID -> analyzer -> diagnostics, or
// an error object.
func parseJSON(t *testing.T, out, dir string) []e2etest.Finding {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out)
	}
	seen := map[e2etest.Finding]bool{}
	var fs []e2etest.Finding
	for pkg, analyzers := range tree {
		for name, raw := range analyzers {
			var diags []jsonDiagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Errorf("%s: analyzer %s reported an error: %s", pkg, name, raw)
				continue
			}
			for _, d := range diags {
				if d.Category == "" || d.Message == "" {
					t.Errorf("%s: %s: diagnostic without category or message: %+v", pkg, name, d)
				}
				file, line := splitPosn(t, d.Posn)
				f := e2etest.Finding{File: e2etest.Rel(t, dir, file), Line: line, Rule: d.Category}
				if !seen[f] { // p and p [p.test] report the same file
					seen[f] = true
					fs = append(fs, f)
				}
			}
		}
	}
	e2etest.SortFindings(fs)
	return fs
}

// splitPosn splits "file:line:col".
func splitPosn(t *testing.T, posn string) (string, int) {
	t.Helper()
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		t.Fatalf("bad position %q", posn)
	}
	line, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil {
		t.Fatalf("bad position %q", posn)
	}
	return strings.Join(parts[:len(parts)-2], ":"), line
}

func TestJSON(t *testing.T) {
	dir := exampleDir("example-defects")
	r := dv(t, root, "-json", "./testdata/example-defects/...")
	wantCode(t, r, 0) // -json exits 0 whatever it found, as in x/tools
	wantFindings(t, parseJSON(t, r.stdout, dir), e2etest.Defects(t, dir))

	r = dv(t, root, "-json", "./testdata/example/...")
	wantCode(t, r, 0)
	if fs := parseJSON(t, r.stdout, exampleDir("example")); len(fs) != 0 {
		t.Errorf("clean example has findings: %v", fs)
	}
}

func TestAnalyzerSelection(t *testing.T) {
	r := dv(t, root, "help")
	wantCode(t, r, 0)
	// Turning every analyzer off leaves nothing to report.
	var args []string
	_, list, _ := strings.Cut(r.stdout, "\nAnalyzers (")
	_, list, _ = strings.Cut(list, "\n")
	// help lists "  name  title" lines, then ends or has a blank line.
	for _, line := range strings.Split(list, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			break
		}
		args = append(args, "-"+f[0]+"=false")
	}
	if len(args) == 0 {
		t.Fatalf("help lists no analyzer:\n%s", r)
	}
	r = dv(t, root, append(args, "./testdata/example-defects/...")...)
	wantCode(t, r, 0)
}

func TestVersion(t *testing.T) {
	r := dv(t, root, "version")
	wantCode(t, r, 0)
	if !strings.HasPrefix(r.stdout, "dogmavet ") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("version output: %q", r.stdout)
	}
}

func TestUsage(t *testing.T) {
	wantCode(t, dv(t, root), 2)
	r := dv(t, root, "-no-such-flag", "./...")
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, "no-such-flag") {
		t.Errorf("unknown flag not named:\n%s", r)
	}
	wantCode(t, dv(t, root, "version", "extra"), 2)
}

// TestFilesAreRelative checks that findings name files relative to the
// working directory, as the go command does.
func TestFilesAreRelative(t *testing.T) {
	r := dv(t, filepath.Join(root, "testdata"), "./example-defects/...")
	wantCode(t, r, 3)
	for _, line := range strings.Split(r.stderr, "\n") {
		if line != "" && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, "example-defects/") {
			t.Errorf("finding not relative to the working directory: %q", line)
		}
	}
}

// TestCleanExampleV25 checks the v0.25.0 application, a module of its own:
// nothing to report, standalone or under go vet.
func TestCleanExampleV25(t *testing.T) {
	dir := exampleDir("example-v25")
	r := run(t, dir, moduleEnv, dogmavet, "./...")
	wantCode(t, r, 0)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("dogmavet reported on the v0.25.0 example:\n%s", r)
	}
	r = run(t, dir, moduleEnv, "go", "vet", "-vettool="+dogmavet, "./...")
	wantCode(t, r, 0)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("go vet reported on the v0.25.0 example:\n%s", r)
	}
}
