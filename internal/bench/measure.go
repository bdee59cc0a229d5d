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
	// Args returns the command line of one run; uncached runs get a fresh
	// nonce each time.
	Args func() []string
	// Check validates the run's output; nil accepts exit status 0 only.
	Check func(out []byte, status int) error
}

var nonceSeq atomic.Int64

func nonce() string {
	return fmt.Sprintf("%d-%d", time.Now().UnixNano(), nonceSeq.Add(1))
}

func toolsFor(b *tools, app string) []tool {
	vet := func(bin string, fresh bool) func() []string {
		fixed := "cached-" + nonce()
		return func() []string {
			n := fixed
			if fresh {
				n = nonce()
			}
			return []string{"go", "vet", "-vettool=" + bin, "-nonce=" + n, "./..."}
		}
	}
	fixed := func(args ...string) func() []string { return func() []string { return args } }
	return []tool{
		{Name: "noop: go vet, uncached", Args: vet(b.Noop, true)},
		{Name: "noop: go vet, cached", Args: vet(b.Noop, false)},
		{Name: "noop: standalone", Args: fixed(b.Noop, "./...")},
		{Name: "dogmavet: go vet, uncached", Args: vet(b.Dogmavet, true)},
		{Name: "dogmavet: go vet, cached", Args: vet(b.Dogmavet, false)},
		{Name: "dogmavet: standalone", Args: fixed(b.Dogmavet, "./...")},
		{Name: "configkit/static", Args: fixed(b.Configkit, app), Check: checkConfigkit},
	}
}

// checkConfigkit makes sure configkit/static found the one application, so
// a run that silently extracted nothing does not count as fast.
func checkConfigkit(out []byte, status int) error {
	if status != 0 {
		return fmt.Errorf("exit status %d", status)
	}
	if !bytes.HasPrefix(out, []byte("synth ")) {
		return fmt.Errorf("configkit/static found no application")
	}
	return nil
}

// sizeResult holds the samples of every tool at one size.
type sizeResult struct {
	Size    size
	Lines   int // lines of Go in the application
	Tools   []string
	Samples map[string][]sample
	// ConfigkitOut is what configkit/static found ("synth <handlers>"), and
	// ConfigkitSplit its own split between loading and extraction.
	ConfigkitOut, ConfigkitSplit string
}

func appDir(work string, sz size) string {
	return filepath.Join(work, fmt.Sprintf("app-%d-%d", sz.Handlers, sz.Packages))
}

func measureSize(b *tools, work string, sz size, runs int) (*sizeResult, error) {
	app := appDir(work, sz)
	if err := os.RemoveAll(app); err != nil {
		return nil, err
	}
	if _, err := runCmd(work, nil, b.Gen, "-packages", fmt.Sprint(sz.Packages), "-handlers", fmt.Sprint(sz.Handlers), "-seed", "1", "-out", app); err != nil {
		return nil, err
	}
	lines, err := countLines(app)
	if err != nil {
		return nil, err
	}
	// Compile once, so every measured run finds the build cache warm.
	if _, err := runCmd(app, appEnv(), "go", "build", "./..."); err != nil {
		return nil, err
	}
	res := &sizeResult{Size: sz, Lines: lines, Samples: map[string][]sample{}}
	ts := toolsFor(b, app)
	for _, t := range ts {
		res.Tools = append(res.Tools, t.Name)
		// One unmeasured run warms the page cache and, for the cached
		// variants, fills go vet's cache.
		if _, out, err := measure(app, t); err != nil {
			return nil, fmt.Errorf("%d handlers, %s: %v\n%s", sz.Handlers, t.Name, err, out)
		}
	}
	for r := range runs {
		for _, t := range ts {
			s, out, err := measure(app, t)
			if err != nil {
				return nil, fmt.Errorf("%d handlers, %s: %v\n%s", sz.Handlers, t.Name, err, out)
			}
			res.Samples[t.Name] = append(res.Samples[t.Name], s)
			if t.Name == "configkit/static" {
				res.ConfigkitOut, res.ConfigkitSplit, _ = strings.Cut(string(bytes.TrimSpace(out)), "\n")
			}
			fmt.Fprintf(os.Stderr, "%5d handlers, run %d/%d, %-28s %7.2fs %6.0f MiB\n",
				sz.Handlers, r+1, runs, t.Name, s.Wall.Seconds(), float64(s.MaxRSS)/(1<<20))
		}
	}
	return res, nil
}

// measure runs t once in dir and returns its sample.
func measure(dir string, t tool) (sample, []byte, error) {
	args := t.Args()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = appEnv()
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
