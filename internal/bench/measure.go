package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// tools are the binaries under test.
type tools struct {
	Gen, Noop, Dogmavet, Configkit string
}

// buildTools builds every binary into work/bin.
func buildTools(root, work string) (*tools, error) {
	bin := filepath.Join(work, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return nil, err
	}
	t := &tools{
		Gen:       filepath.Join(bin, "gen"),
		Noop:      filepath.Join(bin, "noop"),
		Dogmavet:  filepath.Join(bin, "dogmavet"),
		Configkit: filepath.Join(bin, "configkitstatic"),
	}
	for _, b := range []struct{ dir, out, pkg string }{
		{root, t.Gen, "./internal/cmd/gen"},
		{root, t.Noop, "./internal/cmd/noop"},
		{root, t.Dogmavet, "./cmd/dogmavet"},
		// A module of its own: see its doc comment.
		{filepath.Join(root, "internal", "bench", "configkitstatic"), t.Configkit, "."},
	} {
		if _, err := runCmd(b.dir, nil, "go", "build", "-o", b.out, b.pkg); err != nil {
			return nil, fmt.Errorf("building %s: %v", b.pkg, err)
		}
	}
	return t, nil
}

// sample is one measured run.
type sample struct {
	Wall, CPU time.Duration
	MaxRSS    int64 // bytes
}

// tool is one way of running a checker over an application.
type tool struct {
	Name string
	// Floor names the tool whose medians this one is divided by; empty for
	// a floor itself (which is then its own floor).
	Floor string
	// Args returns the command line of one run; uncached runs get a fresh
	// nonce each time.
	Args func() []string
	// Env is added to the run's environment.
	Env []string
	// Check validates the run's output; nil accepts exit status 0 only.
	Check func(out []byte, status int) error
}

var nonceSeq atomic.Int64

func nonce() string {
	return fmt.Sprintf("%d-%d", time.Now().UnixNano(), nonceSeq.Add(1))
}

// dogmavetVetGCPercent is the GC percentage dogmavet sets in go vet units
// (internal/cli's vetGCPercent; a test keeps the two equal). The floor's
// go vet runs use it too, so that the ratio measures analysis, not GC
// tuning.
const dogmavetVetGCPercent = 400

// toolSet describes how a case runs the tools.
type toolSet struct {
	// Patterns are the packages, for go vet and standalone runs alike.
	Patterns []string
	// Standalone are the standalone variants: extra flags and a label
	// ("" for the default, tests included).
	Standalone []variant
	// JSON passes -json, so findings (which a real application may have)
	// do not make the exit status fail the run.
	JSON bool
	// Configkit is the application name configkit/static must find; empty
	// leaves configkit/static out.
	Configkit string
	// Phases adds runs of dogmavet with no analyzer and with each analyzer
	// alone, for "where the time goes".
	Phases bool
}

type variant struct{ Label, Flag string }

func (v variant) suffix() string {
	if v.Label == "" {
		return ""
	}
	return ", " + v.Label
}

const (
	noopVetUncached     = "noop: go vet, uncached"
	noopVetCached       = "noop: go vet, cached"
	noopStandalone      = "noop: standalone"
	dogmavetVetUncached = "dogmavet: go vet, uncached"
	dogmavetVetCached   = "dogmavet: go vet, cached"
	dogmavetStandalone  = "dogmavet: standalone"
	configkitStatic     = "configkit/static"
	noAnalyzers         = "dogmavet: standalone, no analyzer (load only)"
	onlyPrefix          = "dogmavet: standalone, only "
)

func toolsFor(b *tools, app string, ts toolSet, analyzers []string) []tool {
	var common []string
	if ts.JSON {
		common = append(common, "-json")
	}
	vet := func(bin string, fresh bool) func() []string {
		fixed := "cached-" + nonce()
		return func() []string {
			n := fixed
			if fresh {
				n = nonce()
			}
			args := append([]string{"go", "vet", "-vettool=" + bin, "-nonce=" + n}, common...)
			return append(args, ts.Patterns...)
		}
	}
	standalone := func(bin string, flags ...string) func() []string {
		args := append(append(append([]string{bin}, common...), flags...), ts.Patterns...)
		return func() []string { return args }
	}
	gcEnv := []string{fmt.Sprintf("NOOP_VET_GCPERCENT=%d", dogmavetVetGCPercent)}
	out := []tool{
		{Name: noopVetUncached, Args: vet(b.Noop, true), Env: gcEnv},
		{Name: noopVetCached, Args: vet(b.Noop, false), Env: gcEnv},
	}
	for _, v := range ts.Standalone {
		out = append(out, tool{Name: noopStandalone + v.suffix(), Args: standalone(b.Noop, flags(v)...)})
	}
	out = append(out,
		tool{Name: dogmavetVetUncached, Floor: noopVetUncached, Args: vet(b.Dogmavet, true)},
		tool{Name: dogmavetVetCached, Floor: noopVetCached, Args: vet(b.Dogmavet, false)},
	)
	for _, v := range ts.Standalone {
		out = append(out, tool{Name: dogmavetStandalone + v.suffix(), Floor: noopStandalone + v.suffix(), Args: standalone(b.Dogmavet, flags(v)...)})
	}
	if ts.Phases {
		v := ts.Standalone[0]
		floor := noopStandalone + v.suffix()
		var none []string
		for _, a := range analyzers {
			none = append(none, "-"+a+"=false")
		}
		out = append(out, tool{Name: noAnalyzers, Floor: floor, Args: standalone(b.Dogmavet, append(flags(v), none...)...)})
		for _, a := range analyzers {
			out = append(out, tool{Name: onlyPrefix + a, Floor: floor, Args: standalone(b.Dogmavet, append(flags(v), "-"+a)...)})
		}
	}
	if ts.Configkit != "" {
		name := ts.Configkit
		out = append(out, tool{Name: configkitStatic, Floor: noopStandalone + ts.Standalone[0].suffix(),
			Args:  func() []string { return []string{b.Configkit, app} },
			Check: func(out []byte, status int) error { return checkConfigkit(name, out, status) }})
	}
	return out
}

func flags(v variant) []string {
	if v.Flag == "" {
		return nil
	}
	return []string{v.Flag}
}

// checkConfigkit makes sure configkit/static found the application, so a
// run that silently extracted nothing does not count as fast.
func checkConfigkit(app string, out []byte, status int) error {
	if status != 0 {
		return fmt.Errorf("exit status %d", status)
	}
	if !bytes.HasPrefix(out, []byte(app+" ")) {
		return fmt.Errorf("configkit/static did not find application %q", app)
	}
	return nil
}

// caseResult holds the samples of every tool on one application.
type caseResult struct {
	Title string
	// Shape and Size describe a generated application; Shape is empty for
	// a real one.
	Shape string
	Size  size
	Lines int // lines of Go in the application
	// Command says how the tools were pointed at the application.
	Command string
	Tools   []string
	Floors  map[string]string
	Samples map[string][]sample
	// ConfigkitOut is what configkit/static found ("<app> <handlers>"), and
	// ConfigkitSplit its own split between loading and extraction.
	ConfigkitOut, ConfigkitSplit string
}

func (c *caseResult) floor(name string) string {
	if f := c.Floors[name]; f != "" {
		return f
	}
	return name
}

func appDir(work, shape string, sz size) string {
	return filepath.Join(work, fmt.Sprintf("app-%s-%d-%d", shape, sz.Handlers, sz.Packages))
}

// generateApp writes the application of one shape and size.
func generateApp(b *tools, work, shape string, sz size) (string, error) {
	app := appDir(work, shape, sz)
	if err := os.RemoveAll(app); err != nil {
		return "", err
	}
	_, err := runCmd(work, nil, b.Gen, "-shape", shape, "-packages", fmt.Sprint(sz.Packages), "-handlers", fmt.Sprint(sz.Handlers), "-seed", "1", "-out", app)
	return app, err
}

// measureCase compiles the application once, so every measured run finds
// the build cache warm, and runs every tool: one unmeasured warm-up run
// each, then runs rounds in which every tool runs once.
func measureCase(c *caseResult, app string, ts []tool, runs int) error {
	lines, err := countLines(app)
	if err != nil {
		return err
	}
	c.Lines = lines
	build := append([]string{"build"}, patternsOf(ts)...)
	if _, err := runCmd(app, appEnv(), "go", build...); err != nil {
		return err
	}
	c.Samples = map[string][]sample{}
	c.Floors = map[string]string{}
	for _, t := range ts {
		c.Tools = append(c.Tools, t.Name)
		c.Floors[t.Name] = t.Floor
		// Warms the page cache and, for the cached variants, fills go
		// vet's cache.
		if _, out, err := measure(app, t); err != nil {
			return fmt.Errorf("%s, %s: %v\n%s", c.Title, t.Name, err, out)
		}
	}
	for r := range runs {
		for _, t := range ts {
			s, out, err := measure(app, t)
			if err != nil {
				return fmt.Errorf("%s, %s: %v\n%s", c.Title, t.Name, err, out)
			}
			c.Samples[t.Name] = append(c.Samples[t.Name], s)
			if t.Name == configkitStatic {
				c.ConfigkitOut, c.ConfigkitSplit, _ = strings.Cut(string(bytes.TrimSpace(out)), "\n")
			}
			fmt.Fprintf(os.Stderr, "%s, run %d/%d, %-45s %7.2fs %6.0f MiB\n",
				c.Title, r+1, runs, t.Name, s.Wall.Seconds(), float64(s.MaxRSS)/(1<<20))
		}
	}
	return nil
}

// patternsOf returns the package patterns of the first standalone run, for
// the warm-up build.
func patternsOf(ts []tool) []string {
	for _, t := range ts {
		if t.Name == noopStandalone || strings.HasPrefix(t.Name, noopStandalone+",") {
			var pats []string
			for _, a := range t.Args()[1:] {
				if !strings.HasPrefix(a, "-") {
					pats = append(pats, a)
				}
			}
			return pats
		}
	}
	return []string{"./..."}
}

// measure runs t once in dir and returns its sample.
func measure(dir string, t tool) (sample, []byte, error) {
	args := t.Args()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(appEnv(), t.Env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	status := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			return sample{}, out.Bytes(), err
		}
		status = ee.ExitCode()
	}
	check := t.Check
	if check == nil {
		check = func(_ []byte, status int) error {
			if status != 0 {
				return fmt.Errorf("exit status %d", status)
			}
			return nil
		}
	}
	if err := check(out.Bytes(), status); err != nil {
		return sample{}, out.Bytes(), err
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return sample{}, nil, fmt.Errorf("no rusage on this platform")
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{Wall: wall, CPU: cpu, MaxRSS: ru.Maxrss * 1024}, out.Bytes(), nil
}

// appEnv keeps generated applications offline and independent of any
// go.work around them.
func appEnv() []string {
	return append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly", "GOWORK=off")
}

func runCmd(dir string, env []string, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("%s %v: %v\n%s", name, args, err, out)
	}
	return out, nil
}

func countLines(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		n += bytes.Count(data, []byte("\n"))
		return err
	})
	return n, err
}

// median returns the median of f over the samples.
func median[T int64 | time.Duration](ss []sample, f func(sample) T) T {
	vs := make([]T, len(ss))
	for i, s := range ss {
		vs[i] = f(s)
	}
	slices.Sort(vs)
	if len(vs) == 0 {
		return 0
	}
	if len(vs)%2 == 1 {
		return vs[len(vs)/2]
	}
	return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
}
