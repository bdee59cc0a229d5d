// Command bench measures dogmavet against its floor and against
// configkit/static on synthetic applications, and writes BENCHMARKS.md.
//
// Usage (from the repository root; takes several minutes):
//
//	go run ./internal/bench [-runs 5] [-sizes 100/4,1000/40,5000/200] [-out BENCHMARKS.md]
//
// For each size it generates an application with internal/cmd/gen, builds
// it once so compilation is cached, and then runs every tool -runs times,
// interleaved round by round so that background load on the machine hits
// all tools alike. Each run is a child process; its wall time, CPU time and
// peak resident set size come from wait4's rusage (the largest process of
// the child's tree, which for go vet is usually the go command or one tool
// process).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	var o options
	flag.IntVar(&o.Runs, "runs", 5, "measured runs per tool and size")
	flag.StringVar(&o.Sizes, "sizes", "100/4,1000/40,5000/200", "comma-separated HANDLERS/PACKAGES pairs")
	flag.StringVar(&o.Out, "out", "BENCHMARKS.md", "report to write")
	flag.StringVar(&o.Work, "work", ".bench", "scratch directory for binaries and applications")
	flag.StringVar(&o.Notes, "notes", "internal/bench/NOTES.md", "hand-written analysis to append to the report, if it exists")
	flag.BoolVar(&o.Profile, "profile", true, "profile dogmavet's standalone run at the largest size")
	flag.BoolVar(&o.Runtime, "runtime", true, "include runtime/internal/benchcmp's benchmarks if present")
	flag.BoolVar(&o.Render, "render", false, "measure nothing: rewrite the report from the last run's results and the current notes")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type options struct {
	Runs             int
	Sizes            string
	Out, Work, Notes string
	Profile, Runtime bool
	Render           bool
}

type size struct{ Handlers, Packages int }

func parseSizes(s string) ([]size, error) {
	var out []size
	for _, part := range strings.Split(s, ",") {
		h, p, ok := strings.Cut(strings.TrimSpace(part), "/")
		hn, err1 := strconv.Atoi(h)
		pn, err2 := strconv.Atoi(p)
		if !ok || err1 != nil || err2 != nil || hn < 1 || pn < 1 {
			return nil, fmt.Errorf("bad size %q: want HANDLERS/PACKAGES, e.g. 1000/40", part)
		}
		out = append(out, size{hn, pn})
	}
	return out, nil
}

func run(o options) error {
	if o.Render {
		return render(o)
	}
	sizes, err := parseSizes(o.Sizes)
	if err != nil {
		return err
	}
	if o.Runs < 1 {
		return fmt.Errorf("-runs must be at least 1")
	}
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "bench", "main.go")); err != nil {
		return fmt.Errorf("run from the repository root: %v", err)
	}
	work, err := filepath.Abs(o.Work)
	if err != nil {
		return err
	}
	started := time.Now().UTC()
	bins, err := buildTools(root, work)
	if err != nil {
		return err
	}
	rep := &report{Started: started, Machine: describeMachine(), Runs: o.Runs}
	for _, sz := range sizes {
		res, err := measureSize(bins, work, sz, o.Runs)
		if err != nil {
			return err
		}
		rep.Sizes = append(rep.Sizes, res)
	}
	if o.Profile && len(sizes) > 0 {
		largest := sizes[len(sizes)-1]
		rep.Profile, err = profileDogmavet(root, work, appDir(work, largest))
		if err != nil {
			return err
		}
	}
	if o.Runtime {
		rep.Runtime, err = runtimeBench(root)
		if err != nil {
			return err
		}
	}
	rep.Finished = time.Now().UTC()
	// Keep the measurements, so the notes can be revised without measuring
	// again (-render).
	data, err := json.MarshalIndent(rep, "", "\t")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "results.json"), data, 0o644); err != nil {
		return err
	}
	return write(o, rep)
}

func write(o options, rep *report) error {
	rep.Notes = ""
	if notes, err := os.ReadFile(o.Notes); err == nil {
		rep.Notes = string(notes)
	}
	return os.WriteFile(o.Out, []byte(rep.markdown()), 0o644)
}

func render(o options) error {
	data, err := os.ReadFile(filepath.Join(o.Work, "results.json"))
	if err != nil {
		return fmt.Errorf("no results to render (run without -render first): %v", err)
	}
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		return err
	}
	return write(o, &rep)
}
