package sweep

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/suite"
	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// perTarget bounds each dogmavet run of the sweep; a run past the bound is
// a performance regression worth a failure.
const perTarget = 8 * time.Minute

// nothingToCheck is dogmavet's message for packages that do not import dogma.
var nothingToCheck = regexp.MustCompile(`(?m)\Adogmavet: no package in .* imports github.com/dogmatiq/dogma: nothing to check\n\z`)

// crash matches the marks of a panic or runtime fatal error in any process.
var crash = regexp.MustCompile(`(?m)^(panic: |fatal error: |goroutine \d+ \[|.*internal error)`)

func TestSweep(t *testing.T) {
	e2etest.RequireLong(t, "internal/sweep", "the sweep checks std, x/tools and Dogma's modules with go vet, which takes minutes")
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	modules := filepath.Join(root, "internal", "sweep", "modules")
	dv := filepath.Join(t.TempDir(), "dogmavet")
	if out, err := run(t, root, "go", "build", "-o", dv, "./cmd/dogmavet"); err != nil {
		t.Fatalf("building dogmavet: %v\n%s", err, out)
	}

	// Real Dogma code: configkit, testkit, projectionkit, enginekit and
	// their tests use dogma throughout.
	t.Run("dogmavet configkit", func(t *testing.T) {
		expectClean(t, modules, dv, "github.com/dogmatiq/configkit/...")
	})
	t.Run("dogmavet testkit", func(t *testing.T) {
		expectClean(t, modules, dv, "github.com/dogmatiq/testkit/...")
	})
	t.Run("dogmavet projectionkit", func(t *testing.T) {
		expectClean(t, modules, dv, "github.com/dogmatiq/projectionkit/...")
	})
	t.Run("dogmavet enginekit", func(t *testing.T) {
		expectClean(t, modules, dv, "github.com/dogmatiq/enginekit/...")
	})
	// dogmavet stops after loading code that does not import dogma, so it
	// says so and exits 1; that is the one acceptable failure.
	t.Run("dogmavet std", func(t *testing.T) {
		out, err := run(t, root, dv, "std")
		checkCrash(t, out)
		if err != nil && !nothingToCheck.Match(out) {
			t.Fatalf("dogmavet std: %v\n%s", err, clip(out))
		}
	})
	// To make every analyzer run on every package, Dogma or not, as go vet
	// would (but in one process instead of hundreds, and without test
	// files, to stay within minutes), drive the suite in-process.
	t.Run("suite over std", func(t *testing.T) {
		analyzeClean(t, root, "std")
	})
	t.Run("suite over x/tools", func(t *testing.T) {
		analyzeClean(t, modules, "golang.org/x/tools/...")
	})
}

// analyzeClean loads the packages and runs the whole suite over them with
// the checker's fact sanity check: no analyzer may fail or report.
func analyzeClean(t *testing.T, dir string, patterns ...string) {
	start := time.Now()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOFLAGS=-mod=readonly", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	var broken []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 {
			broken = append(broken, p.Errors[0].Error())
		}
	})
	if len(broken) > 0 {
		t.Fatalf("%d packages do not load, e.g. %s", len(broken), broken[0])
	}
	g, err := checker.Analyze(allAnalyzers(), pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			t.Errorf("%s: %s: %s [%s]", act.Analyzer.Name, act.Package.Fset.Position(d.Pos), d.Message, d.Category)
		}
		n++
	}
	t.Logf("%s: %d packages, %d actions, %v", strings.Join(patterns, " "), len(pkgs), n, time.Since(start).Round(time.Second))
}

// allAnalyzers is the suite plus the configuration analyzers, each once.
func allAnalyzers() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range append([]*analysis.Analyzer{dogmaconfig.Analyzer, configcheck.Analyzer}, suite.All...) {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func expectClean(t *testing.T, dir string, args ...string) {
	t.Helper()
	out, err := run(t, dir, args...)
	checkCrash(t, out)
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Fatalf("%s: %v; want no output\n%s", strings.Join(args, " "), err, clip(out))
	}
}

func checkCrash(t *testing.T, out []byte) {
	t.Helper()
	if loc := crash.FindIndex(out); loc != nil {
		t.Fatalf("dogmavet crashed:\n%s", clip(out[max(0, loc[0]-2000):]))
	}
}

func run(t *testing.T, dir string, args ...string) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), perTarget)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly", "GOWORK=off")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatalf("%s took more than %v", strings.Join(args, " "), perTarget)
	}
	t.Logf("%s: %v", strings.Join(args, " "), time.Since(start).Round(time.Second))
	return out, err
}

// clip keeps failure messages readable.
func clip(b []byte) string {
	const limit = 8000
	if len(b) > limit {
		return string(b[:limit]) + "\n[... clipped]"
	}
	return string(b)
}
