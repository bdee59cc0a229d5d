package determinism

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/suite"
)

var (
	setupOnce          sync.Once
	setupDir, setupBin string
	setupErr           error
	scratch            string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if scratch != "" {
		os.RemoveAll(scratch)
	}
	os.Exit(code)
}

// app builds dogmavet and generates the application under test once for all
// tests: 6 packages, 48 handlers and the defects package, so that there is
// output to compare.
func app(t *testing.T) (dir, dogmavet string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds dogmavet and a generated application: skipped under -short")
	}
	setupOnce.Do(func() {
		root, err := filepath.Abs(filepath.Join("..", ".."))
		if err != nil {
			setupErr = err
			return
		}
		if scratch, err = os.MkdirTemp("", "dogmavet-determinism-"); err != nil {
			setupErr = err
			return
		}
		setupDir = filepath.Join(scratch, "app")
		setupBin = filepath.Join(scratch, "dogmavet")
		for _, args := range [][]string{
			{"go", "build", "-o", setupBin, "./cmd/dogmavet"},
			{"go", "run", "./internal/cmd/gen", "-packages", "6", "-handlers", "48", "-seed", "3", "-defects", "-out", setupDir},
		} {
			out, status, err := run(root, nil, args...)
			if err == nil && status != 0 {
				err = fmt.Errorf("exit status %d", status)
			}
			if err != nil {
				setupErr = fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, out)
				return
			}
		}
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return setupDir, setupBin
}

func appEnv(extra ...string) []string {
	return append(append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly", "GOWORK=off"), extra...)
}

// run returns the combined output and the exit status; err is set only when
// the command could not run at all.
func run(dir string, env []string, args ...string) ([]byte, int, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return out, ee.ExitCode(), nil
	}
	return out, 0, err
}

func TestStandaloneOutputIsStable(t *testing.T) {
	dir, dv := app(t)
	for _, args := range [][]string{{dv, "./..."}, {dv, "-json", "./..."}} {
		want := 3 // findings
		if args[1] == "-json" {
			want = 0
		}
		var first []byte
		for i, procs := range []string{"1", "2", "4", "2"} {
			out, status, err := run(dir, appEnv("GOMAXPROCS="+procs), args...)
			if err != nil {
				t.Fatal(err)
			}
			if status != want {
				t.Fatalf("%v: exit status %d, want %d\n%s", args, status, want, out)
			}
			if i == 0 {
				first = out
				if len(out) == 0 {
					t.Fatalf("%v printed nothing on an application with defects", args)
				}
				continue
			}
			if !bytes.Equal(out, first) {
				t.Fatalf("%v with GOMAXPROCS=%s differs from GOMAXPROCS=1:\n%s", args, procs, firstDiff(first, out))
			}
		}
	}
}

// TestVetOutputIsStable compares go vet -json runs. go vet prints one JSON
// object per package as each package finishes, so only the order of the
// objects may vary; merged by package, the runs must be identical.
func TestVetOutputIsStable(t *testing.T) {
	dir, dv := app(t)
	var first []byte
	for i, procs := range []string{"1", "2", "2"} {
		// A fresh nonce defeats go vet's cache, so every run analyses.
		nonce := fmt.Sprintf("-nonce=determinism-%d-%d", time.Now().UnixNano(), i)
		out, status, err := run(dir, appEnv("GOMAXPROCS="+procs), "go", "vet", "-vettool="+dv, "-json", nonce, "./...")
		if err != nil || status != 0 {
			t.Fatalf("go vet -json: status %d, %v\n%s", status, err, out)
		}
		merged, err := mergeVetJSON(out)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if i == 0 {
			if !bytes.Contains(merged, []byte(`"configcheck"`)) {
				t.Fatalf("go vet found nothing in an application with defects:\n%s", out)
			}
			first = merged
			continue
		}
		if !bytes.Equal(merged, first) {
			t.Fatalf("go vet -json with GOMAXPROCS=%s differs:\n%s", procs, firstDiff(first, merged))
		}
	}
}

// mergeVetJSON merges go vet's per-package JSON objects into one document
// with sorted keys; each analyzer's list of diagnostics is kept verbatim.
func mergeVetJSON(out []byte) ([]byte, error) {
	merged := map[string]map[string]json.RawMessage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var obj map[string]map[string]json.RawMessage
		if err := dec.Decode(&obj); err != nil {
			return nil, fmt.Errorf("go vet -json output does not parse: %v", err)
		}
		for pkg, byAnalyzer := range obj {
			if merged[pkg] == nil {
				merged[pkg] = map[string]json.RawMessage{}
			}
			for a, diags := range byAnalyzer {
				merged[pkg][a] = diags
			}
		}
	}
	return json.MarshalIndent(merged, "", "\t")
}

// TestFactsSanity runs the suite in-process with the checker's sanity check,
// twice, and compares the fact logs.
func TestFactsSanity(t *testing.T) {
	dir, _ := app(t)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Env: appEnv()}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the generated application does not load")
	}
	analyzers := suite.All
	if !slices.Contains(analyzers, configcheck.Analyzer) {
		analyzers = append([]*analysis.Analyzer{configcheck.Analyzer}, analyzers...)
	}
	var logs [2]syncBuffer
	for i := range logs {
		g, err := checker.Analyze(analyzers, pkgs, &checker.Options{SanityCheck: true, FactLog: &logs[i]})
		if err != nil {
			t.Fatal(err)
		}
		for act := range g.All() {
			if act.Err != nil {
				t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			}
		}
	}
	if logs[0].buf.Len() == 0 {
		t.Fatal("no facts were exported")
	}
	// The checker analyses packages in parallel, so the log's order varies;
	// each fact must not.
	a, b := sortedLines(logs[0].buf.Bytes()), sortedLines(logs[1].buf.Bytes())
	if !bytes.Equal(a, b) {
		t.Fatalf("facts differ between runs:\n%s", firstDiff(a, b))
	}
}

// syncBuffer serializes writes: the checker logs facts from the goroutines
// that analyse packages in parallel.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func sortedLines(b []byte) []byte {
	lines := strings.Split(string(b), "\n")
	sort.Strings(lines)
	return []byte(strings.Join(lines, "\n"))
}

// firstDiff shows the first differing line of a and b.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return "(no line differs)"
}
