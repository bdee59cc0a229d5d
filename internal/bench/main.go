// Command bench measures dogmavet against its floor and against
// configkit/static on generated and real applications, and writes
// BENCHMARKS.md.
//
// Usage (from the repository root; takes several minutes):
//
//	go run ./internal/bench [-runs 5] [-sizes 100/4,1000/40,5000/200]
//		[-shapes synthetic,realistic] [-example-v15 DIR] [-example-v25 DIR]
//		[-out BENCHMARKS.md]
//
// For each shape and size it generates an application with
// internal/cmd/gen (-shape), builds it once so compilation is cached, and
// then runs every tool -runs times,
// interleaved round by round so that background load on the machine hits
// all tools alike. Each run is a child process; its wall time, CPU time and
// peak resident set size come from wait4's rusage (the largest process of
// the child's tree, which for go vet is usually the go command or one tool
// process).
//
// With -example-v15 and -example-v25 (checkouts of dogmatiq/example at
// 9fc32b8 and a37e610; real.go says how to make them) it measures that real
// application the same way, and shows where dogmavet's time goes on the
// first. An empty -sizes measures only the real applications.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dogmavet/dogmavet/analyzer/suite"
)

func main() {
	var o options
	flag.IntVar(&o.Runs, "runs", 5, "measured runs per tool and size")
	flag.StringVar(&o.Sizes, "sizes", "100/4,1000/40,5000/200", "comma-separated HANDLERS/PACKAGES pairs; empty for none")
	flag.StringVar(&o.Shapes, "shapes", "synthetic,realistic", "comma-separated shapes of generated applications (internal/cmd/gen -shape)")
	flag.StringVar(&o.ExampleV15, "example-v15", "", "checkout of dogmatiq/example at "+exampleCommitV15+" (dogma "+exampleDogmaV15+"), go mod download done")
	flag.StringVar(&o.ExampleV25, "example-v25", "", "checkout of dogmatiq/example at "+exampleCommitV25+" (dogma "+exampleDogmaV25+"), go mod download done")
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
	Runs                   int
	Sizes, Shapes          string
	ExampleV15, ExampleV25 string
	Out, Work, Notes       string
	Profile, Runtime       bool
	Render                 bool
}

type size struct{ Handlers, Packages int }

func parseSizes(s string) ([]size, error) {
	var out []size
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
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

func parseShapes(s string) ([]string, error) {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part != "synthetic" && part != "realistic" {
			return nil, fmt.Errorf("bad shape %q: want synthetic or realistic", part)
		}
		if !slices.Contains(out, part) {
			out = append(out, part)
		}
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
	shapes, err := parseShapes(o.Shapes)
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
	var analyzers []string
	for _, a := range suite.All {
		analyzers = append(analyzers, a.Name)
	}
	for _, shape := range shapes {
		for _, sz := range sizes {
			app, err := generateApp(bins, work, shape, sz)
			if err != nil {
				return err
			}
			c := &caseResult{Title: fmt.Sprintf("%s, %d handlers", shape, sz.Handlers), Shape: shape, Size: sz, Command: "`./...`"}
			ts := toolsFor(bins, app, toolSet{Patterns: []string{"./..."}, Standalone: []variant{{}}, Configkit: "synth"}, analyzers)
			if err := measureCase(c, app, ts, o.Runs); err != nil {
				return err
			}
			rep.Cases = append(rep.Cases, c)
		}
	}

	reals, skipped, err := realCases(work, abs(o.ExampleV15), abs(o.ExampleV25))
	if err != nil {
		return err
	}
	rep.RealSkipped = skipped
	if skipped != "" {
		fmt.Fprintln(os.Stderr, "bench: real applications "+skipped)
	}
	for _, rc := range reals {
		c := &caseResult{Title: rc.Title, Command: rc.Command}
		if err := measureCase(c, rc.Dir, toolsFor(bins, rc.Dir, rc.Tools, analyzers), o.Runs); err != nil {
			return err
		}
		rep.Real = append(rep.Real, c)
	}

	// Keep the measurements before profiling, so that a failure there does
	// not lose them (-render writes the report from what was kept).
	if err := saveResults(work, rep); err != nil {
		return err
	}

	// The in-process profiles come after every measured run: a child's
	// peak RSS (wait4's ru_maxrss) includes this process's resident set
	// when it was started, which the profiles' loads make large.
	if o.Profile && len(sizes) > 0 && slices.Contains(shapes, "synthetic") {
		rep.Profile, err = profileDogmavet(root, work, appDir(work, "synthetic", sizes[len(sizes)-1]))
		if err != nil {
			return err
		}
	}
	for _, rc := range reals {
		if rc.Tools.Phases {
			rep.Phases, err = wherePhases(rc.Title, rc.Dir)
			if err != nil {
				return err
			}
		}
	}
	if o.Runtime {
		rep.Runtime, err = runtimeBench(root)
		if err != nil {
			return err
		}
	}
	rep.Finished = time.Now().UTC()
	rep.LoadEnd = loadAverage()
	// Keep the measurements, so the notes can be revised without measuring
	// again (-render).
	if err := saveResults(work, rep); err != nil {
		return err
	}
	return write(o, rep)
}

// saveResults writes rep to the work directory's results.json.
func saveResults(work string, rep *report) error {
	data, err := json.MarshalIndent(rep, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(work, "results.json"), data, 0o644)
}

// abs makes a flag's path absolute, since tools run in other directories.
func abs(path string) string {
	if path == "" {
		return ""
	}
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
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
