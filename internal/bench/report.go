package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

type report struct {
	Started, Finished time.Time
	Machine           string
	Runs              int
	Sizes             []*sizeResult
	Profile           *profileResult
	Runtime           string
	Notes             string
}

func describeMachine() string {
	var b strings.Builder
	fmt.Fprintf(&b, "- CPUs: %d (GOMAXPROCS %d)", runtime.NumCPU(), runtime.GOMAXPROCS(0))
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				fmt.Fprintf(&b, ", %s", strings.TrimSpace(v))
				break
			}
		}
	}
	b.WriteString("\n")
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		first, _, _ := strings.Cut(string(data), "\n")
		fmt.Fprintf(&b, "- Memory: %s\n", strings.Join(strings.Fields(strings.TrimPrefix(first, "MemTotal:")), " "))
	}
	if out, err := exec.Command("go", "version").Output(); err == nil {
		fmt.Fprintf(&b, "- %s", out)
	}
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Fprintf(&b, "- Load average when the run started: %s\n", strings.Join(strings.Fields(string(data))[:3], " "))
	}
	return b.String()
}

// Targets from issue 7, as ratios of dogmavet to the floor.
const (
	targetVet        = 1.10
	targetStandalone = 1.25
)

func (r *report) markdown() string {
	var b strings.Builder
	b.WriteString("# Benchmarks\n\n")
	b.WriteString("Written by `go run ./internal/bench` (see its doc comment); do not edit by hand. ")
	b.WriteString("Hand-written analysis lives in internal/bench/NOTES.md and is appended below.\n\n")
	fmt.Fprintf(&b, "Run %s to %s.\n\n", r.Started.Format("2006-01-02 15:04 UTC"), r.Finished.Format("15:04 UTC"))
	b.WriteString(r.Machine)
	fmt.Fprintf(&b, "\nEvery figure is the median of %d runs, after one unmeasured warm-up run per tool; runs are interleaved round by round. ", r.Runs)
	b.WriteString("Time is wall-clock; CPU is user+system of the process tree; memory is the peak resident set of the largest single process (wait4's ru_maxrss). ")
	b.WriteString("Applications come from `internal/cmd/gen -seed 1` (25 handlers per package at the default sizes) and are compiled once before measuring. ")
	b.WriteString("\"Uncached\" go vet runs pass a fresh `-nonce` so go vet re-runs the tool on every package; \"cached\" runs repeat one nonce.\n\n")

	b.WriteString("## Targets\n\n")
	b.WriteString("| handlers | go vet uncached: dogmavet / noop (target ≤ 1.10) | standalone time: dogmavet / noop (≤ 1.25) | standalone memory: dogmavet / noop (≤ 1.25) | configkit/static / dogmavet standalone, time | configkit/static / dogmavet standalone, memory |\n")
	b.WriteString("|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Sizes {
		vet := ratio(s, "dogmavet: go vet, uncached", "noop: go vet, uncached", wall)
		st := ratio(s, "dogmavet: standalone", "noop: standalone", wall)
		sm := ratio(s, "dogmavet: standalone", "noop: standalone", rss)
		ct := ratio(s, "configkit/static", "dogmavet: standalone", wall)
		cm := ratio(s, "configkit/static", "dogmavet: standalone", rss)
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %.2f× | %.2f× |\n", s.Size.Handlers,
			verdict(vet, targetVet), verdict(st, targetStandalone), verdict(sm, targetStandalone), ct, cm)
	}
	b.WriteString("\nThe issue also asks that the ratio to the floor not grow from 100 to 5,000 handlers; compare the rows above.\n\n")

	for _, s := range r.Sizes {
		fmt.Fprintf(&b, "## %d handlers in %d packages (%d lines of Go)\n\n", s.Size.Handlers, s.Size.Packages, s.Lines)
		b.WriteString("| tool | time | CPU | peak RSS | time / floor | RSS / floor |\n|---|---:|---:|---:|---:|---:|\n")
		for _, name := range s.Tools {
			floor := "noop: standalone"
			if strings.Contains(name, "go vet, uncached") {
				floor = "noop: go vet, uncached"
			} else if strings.Contains(name, "go vet, cached") {
				floor = "noop: go vet, cached"
			}
			ss := s.Samples[name]
			fmt.Fprintf(&b, "| %s | %.2f s | %.2f s | %.0f MiB | %.2f | %.2f |\n", name,
				median(ss, wall).Seconds(), median(ss, cpu).Seconds(), float64(median(ss, rss))/(1<<20),
				ratio(s, name, floor, wall), ratio(s, name, floor, rss))
		}
		if s.ConfigkitOut != "" {
			fmt.Fprintf(&b, "\nconfigkit/static found `%s` (application, handlers); its last run: %s.\n", s.ConfigkitOut, s.ConfigkitSplit)
		}
		b.WriteString("\n")
	}

	if p := r.Profile; p != nil {
		fmt.Fprintf(&b, "## Profile: dogmavet's standalone pipeline in-process, %s\n\n", filepath.Base(p.App))
		b.WriteString("| phase | time | live heap after |\n|---|---:|---:|\n")
		for _, ph := range p.Phases {
			fmt.Fprintf(&b, "| %s | %.2f s | %.0f MiB |\n", ph.Name, ph.Wall.Seconds(), float64(ph.Heap)/(1<<20))
		}
		if p.Outcome != "" {
			fmt.Fprintf(&b, "\nTried: %s.\n", p.Outcome)
		}
		b.WriteString("\nCPU profile of the analysis phase, dogmavet's own functions by cumulative time (`go tool pprof -top -cum -show=github.com/dogmavet/`):\n\n```\n")
		b.WriteString(p.Top)
		b.WriteString("\n```\n\n")
	}

	b.WriteString("## Runtime engine against testkit\n\n")
	if r.Runtime == "" {
		b.WriteString("runtime/internal/benchcmp was not present when this report was written.\n\n")
	} else {
		b.WriteString(benchMedians(r.Runtime))
		b.WriteString("\nOutput of `go test -run '^$' -bench BenchmarkEngines -benchmem -count 5 -benchtime 20000x` in runtime/internal/benchcmp:\n\n```\n")
		b.WriteString(strings.TrimSpace(r.Runtime))
		b.WriteString("\n```\n\n")
	}

	if r.Notes != "" {
		b.WriteString(strings.TrimSpace(r.Notes))
		b.WriteString("\n")
	}
	return b.String()
}

func wall(s sample) time.Duration { return s.Wall }
func cpu(s sample) time.Duration  { return s.CPU }
func rss(s sample) int64          { return s.MaxRSS }

// ratio is the median of measure over tool a divided by that over tool b.
func ratio[T int64 | time.Duration](s *sizeResult, a, b string, measure func(sample) T) float64 {
	return float64(median(s.Samples[a], measure)) / float64(median(s.Samples[b], measure))
}

func verdict(ratio, target float64) string {
	if ratio <= target {
		return fmt.Sprintf("%.2f ✓", ratio)
	}
	return fmt.Sprintf("**%.2f ✗**", ratio)
}

// runtimeBench runs the runtime helper's comparison with testkit's engine,
// a module of its own, if it exists.
func runtimeBench(root string) (string, error) {
	dir := filepath.Join(root, "runtime", "internal", "benchcmp")
	if _, err := os.Stat(dir); err != nil {
		return "", nil
	}
	// The same command as the runtime helper's run.sh, so the figures match
	// docs/runtime.md's method.
	out, err := runCmd(dir, nil, "go", "test", "-run", "^$", "-bench", "BenchmarkEngines", "-benchmem", "-count", "5", "-benchtime", "20000x", ".")
	if err != nil {
		return "", fmt.Errorf("runtime benchmarks: %v", err)
	}
	return string(out), nil
}

// benchMedians summarizes go test -bench output: the median of each metric
// per benchmark, in the order the benchmarks first appear.
func benchMedians(out string) string {
	type metrics map[string][]float64
	var names []string
	byName := map[string]metrics{}
	var units []string
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		m := byName[f[0]]
		if m == nil {
			m = metrics{}
			byName[f[0]] = m
			names = append(names, f[0])
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if !slices.Contains(units, f[i+1]) {
				units = append(units, f[i+1])
			}
			m[f[i+1]] = append(m[f[i+1]], v)
		}
	}
	if len(names) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("| benchmark (medians) | " + strings.Join(units, " | ") + " |\n|---|" + strings.Repeat("---:|", len(units)) + "\n")
	for _, n := range names {
		b.WriteString("| " + n + " |")
		for _, u := range units {
			vs := slices.Clone(byName[n][u])
			slices.Sort(vs)
			med := 0.0
			if len(vs) > 0 {
				med = vs[len(vs)/2]
				if len(vs)%2 == 0 {
					med = (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
				}
			}
			fmt.Fprintf(&b, " %.0f |", med)
		}
		b.WriteString("\n")
	}
	return b.String()
}
