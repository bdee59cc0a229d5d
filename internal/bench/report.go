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
	// LoadEnd is the load average when the run finished.
	LoadEnd string
	Runs    int
	// Cases are the generated applications, by shape then size.
	Cases   []*caseResult
	Profile *profileResult
	// Real are the real applications; RealSkipped says why there are none.
	Real        []*caseResult
	RealSkipped string
	Phases      *phaseReport
	Runtime     string
	Notes       string
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
	if load := loadAverage(); load != "" {
		fmt.Fprintf(&b, "- Load average when the run started: %s\n", load)
	}
	return b.String()
}

// loadAverage returns the 1, 5 and 15-minute load averages, or "".
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return ""
}

// Targets from issues 7 and 14, as ratios of dogmavet to the floor.
const (
	targetVet        = 1.10
	targetStandalone = 1.25
	// growthTolerance is how much a ratio may rise from the smallest to
	// the largest size and still count as not growing: about the noise of
	// one ratio between runs on an idle machine.
	growthTolerance = 0.05
)

func (r *report) markdown() string {
	var b strings.Builder
	b.WriteString("# Benchmarks\n\n")
	b.WriteString("Written by `go run ./internal/bench` (see its doc comment); do not edit by hand. ")
	b.WriteString("Hand-written analysis lives in internal/bench/NOTES.md and is appended below.\n\n")
	fmt.Fprintf(&b, "Run %s to %s.\n\n", r.Started.Format("2006-01-02 15:04 UTC"), r.Finished.Format("15:04 UTC"))
	b.WriteString(r.Machine)
	if r.LoadEnd != "" {
		fmt.Fprintf(&b, "- Load average when the run finished: %s\n", r.LoadEnd)
	}
	fmt.Fprintf(&b, "\nEvery figure is the median of %d runs, after one unmeasured warm-up run per tool; runs are interleaved round by round. ", r.Runs)
	b.WriteString("Time is wall-clock; CPU is user+system of the process tree; memory is the peak resident set of the largest single process (wait4's ru_maxrss). ")
	b.WriteString("Generated applications come from `internal/cmd/gen -seed 1` (25 handlers per package at the default sizes) in two shapes: *synthetic* (handlers and messages in domain packages that import dogma alone) and *realistic* (`-shape realistic`: projections written against a local projection-adaptor module and registered through its constructor, messages in packages of their own, and an external test package per domain package that tests the handlers through the application with a local testkit-like module; both modules import dogma). ")
	b.WriteString("Each application is compiled once before measuring. ")
	b.WriteString("\"Uncached\" go vet runs pass a fresh `-nonce` so go vet re-runs the tool on every package; \"cached\" runs repeat one nonce. ")
	fmt.Fprintf(&b, "dogmavet sets `GOGC=%d` in go vet's per-package runs (unless GOGC is set); the no-op floor's go vet runs are measured at the same `GOGC=%d` in its per-package runs (`NOOP_VET_GCPERCENT`), so the go vet ratios compare analysis, not GC tuning.\n\n", dogmavetVetGCPercent, dogmavetVetGCPercent)

	b.WriteString("## Targets\n\n")
	b.WriteString(targetsTable(append(slices.Clone(r.Cases), r.Real...)))
	b.WriteString("\n")
	if g := growthTable(r.Cases); g != "" {
		fmt.Fprintf(&b, "The ratio to the floor must not grow from the smallest to the largest size (✓ when it rises by at most %.2f, about one ratio's run-to-run noise):\n\n", growthTolerance)
		b.WriteString(g)
		b.WriteString("\n")
	}

	for _, c := range r.Cases {
		fmt.Fprintf(&b, "## %s %d handlers in %d packages (%d lines of Go)\n\n", title(c.Shape), c.Size.Handlers, c.Size.Packages, c.Lines)
		b.WriteString(caseTable(c))
	}

	b.WriteString("## Real application: dogmatiq/example\n\n")
	if r.RealSkipped != "" {
		fmt.Fprintf(&b, "This section was %s.\n\n", r.RealSkipped)
	}
	for _, c := range r.Real {
		fmt.Fprintf(&b, "### %s (%d lines of Go)\n\n", c.Title, c.Lines)
		fmt.Fprintf(&b, "Packages: %s.\n\n", c.Command)
		b.WriteString(caseTable(c))
	}
	if p := r.Phases; p != nil {
		b.WriteString(phasesSection(p, r.Real))
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
		if p.AllocTop != "" {
			b.WriteString("Memory the analysis phase allocates, dogmavet's own functions by cumulative bytes (`go tool pprof -sample_index=alloc_space -top -cum -show=github.com/dogmavet/`):\n\n```\n")
			b.WriteString(p.AllocTop)
			b.WriteString("\n```\n\n")
		}
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

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// targetsTable has one row per case and standalone variant.
func targetsTable(cases []*caseResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| application | go vet uncached, time: dogmavet / noop (target ≤ %.2f) | standalone time: dogmavet / noop (≤ %.2f) | standalone peak memory: dogmavet / noop (≤ %.2f) | configkit/static / dogmavet standalone, time | configkit/static / dogmavet standalone, memory |\n", targetVet, targetStandalone, targetStandalone)
	b.WriteString("|---|---:|---:|---:|---:|---:|\n")
	for _, c := range cases {
		first := true
		for _, name := range c.Tools {
			if name != dogmavetStandalone && !strings.HasPrefix(name, dogmavetStandalone+", -test") {
				continue
			}
			row := c.Title + strings.TrimPrefix(name, dogmavetStandalone)
			vet, ct, cm := "", "", ""
			if first {
				vet = verdict(c.ratio(dogmavetVetUncached, wall), targetVet)
				if _, ok := c.Samples[configkitStatic]; ok {
					ct = fmt.Sprintf("%.2f×", c.ratioTo(configkitStatic, name, wall))
					cm = fmt.Sprintf("%.2f×", c.ratioTo(configkitStatic, name, rss))
				}
			}
			first = false
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", row, dash(vet),
				verdict(c.ratio(name, wall), targetStandalone), verdict(c.ratio(name, rss), targetStandalone), dash(ct), dash(cm))
		}
	}
	return b.String()
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// growthTable compares, per shape, the ratios at the smallest and largest
// sizes.
func growthTable(cases []*caseResult) string {
	var b strings.Builder
	var shapes []string
	byShape := map[string][]*caseResult{}
	for _, c := range cases {
		if _, ok := byShape[c.Shape]; !ok {
			shapes = append(shapes, c.Shape)
		}
		byShape[c.Shape] = append(byShape[c.Shape], c)
	}
	for _, shape := range shapes {
		cs := byShape[shape]
		if len(cs) < 2 {
			continue
		}
		slices.SortStableFunc(cs, func(a, b *caseResult) int { return a.Size.Handlers - b.Size.Handlers })
		small, large := cs[0], cs[len(cs)-1]
		if b.Len() == 0 {
			b.WriteString("| shape | ratio | smallest | largest | change | does not grow |\n|---|---|---:|---:|---:|---:|\n")
		}
		for _, m := range []struct {
			label, tool string
			f           func(*caseResult) float64
		}{
			{"go vet uncached, time", dogmavetVetUncached, func(c *caseResult) float64 { return c.ratio(dogmavetVetUncached, wall) }},
			{"standalone, time", dogmavetStandalone, func(c *caseResult) float64 { return c.ratio(dogmavetStandalone, wall) }},
			{"standalone, peak memory", dogmavetStandalone, func(c *caseResult) float64 { return c.ratio(dogmavetStandalone, rss) }},
		} {
			a, z := m.f(small), m.f(large)
			change, ok := growth(a, z)
			mark := "✓"
			if !ok {
				mark = "**✗**"
			}
			fmt.Fprintf(&b, "| %s | %s | %.2f (%d handlers) | %.2f (%d handlers) | %+.2f | %s |\n", shape, m.label, a, small.Size.Handlers, z, large.Size.Handlers, change, mark)
		}
	}
	return b.String()
}

// growth returns how much a ratio rose from small to large, and whether
// that is within growthTolerance.
func growth(small, large float64) (float64, bool) {
	change := large - small
	return change, change <= growthTolerance+1e-9
}

// caseTable shows every tool of a case against its floor.
func caseTable(c *caseResult) string {
	var b strings.Builder
	b.WriteString("| tool | time | CPU | peak RSS | time / floor | RSS / floor |\n|---|---:|---:|---:|---:|---:|\n")
	for _, name := range c.Tools {
		ss := c.Samples[name]
		fmt.Fprintf(&b, "| %s | %.2f s | %.2f s | %.0f MiB | %.2f | %.2f |\n", name,
			time.Duration(median(ss, wall)).Seconds(), time.Duration(median(ss, cpu)).Seconds(), float64(median(ss, rss))/(1<<20),
			c.ratio(name, wall), c.ratio(name, rss))
	}
	if c.ConfigkitOut != "" {
		fmt.Fprintf(&b, "\nconfigkit/static found `%s` (application, handlers); its last run: %s. Its floor is the first no-op standalone run.\n", c.ConfigkitOut, c.ConfigkitSplit)
	}
	b.WriteString("\n")
	return b.String()
}

// phasesSection is "where the time goes": the whole-process runs of the
// real application with no analyzer and with each analyzer alone, then the
// in-process split of the load and of the analysis.
func phasesSection(p *phaseReport, real []*caseResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Where the time goes: %s, standalone, tests included\n\n", p.App)
	var c *caseResult
	for _, rc := range real {
		if rc.Title == p.App {
			c = rc
		}
	}
	if c != nil {
		if _, ok := c.Samples[noAnalyzers]; ok {
			floor := time.Duration(median(c.Samples[noopStandalone], wall))
			none := time.Duration(median(c.Samples[noAnalyzers], wall))
			all := time.Duration(median(c.Samples[dogmavetStandalone], wall))
			b.WriteString("Whole dogmavet processes, medians of the runs above. A run with no analyzer is dogmavet's load alone; a run with one analyzer also runs its prerequisites (dogmaconfig's facts, shared results), so the columns do not add up.\n\n")
			b.WriteString("| run | time | above the floor | above no analyzer | share of dogmavet's excess over the floor |\n|---|---:|---:|---:|---:|\n")
			excess := all - floor
			share := func(d time.Duration) string {
				if excess <= 0 {
					return "—"
				}
				return fmt.Sprintf("%.0f%%", 100*float64(d)/float64(excess))
			}
			fmt.Fprintf(&b, "| no-op floor | %.2f s | — | — | — |\n", floor.Seconds())
			fmt.Fprintf(&b, "| dogmavet, no analyzer (load only) | %.2f s | %+.2f s | — | %s |\n", none.Seconds(), (none - floor).Seconds(), share(none-floor))
			for _, name := range c.Tools {
				if !strings.HasPrefix(name, onlyPrefix) {
					continue
				}
				d := time.Duration(median(c.Samples[name], wall))
				fmt.Fprintf(&b, "| dogmavet, only %s | %.2f s | %+.2f s | %+.2f s | %s |\n", strings.TrimPrefix(name, onlyPrefix), d.Seconds(), (d - floor).Seconds(), (d - none).Seconds(), share(d-none))
			}
			fmt.Fprintf(&b, "| dogmavet, every analyzer | %.2f s | %+.2f s | %+.2f s | %s |\n\n", all.Seconds(), (all - floor).Seconds(), (all - none).Seconds(), share(all-none))
		}
	}

	fmt.Fprintf(&b, "In-process, one load at a time (each row a separate load of `./...` with tests unless it says otherwise, as dogmavet does it; the median of %d loads; heap after the load, its result still reachable):\n\n", p.Repeats)
	b.WriteString("| load step | time | live heap after |\n|---|---:|---:|\n")
	for _, ph := range p.Load {
		fmt.Fprintf(&b, "| %s | %.2f s | %.0f MiB |\n", ph.Name, ph.Wall.Seconds(), float64(ph.Heap)/(1<<20))
	}
	if len(p.Unnameable) > 0 {
		fmt.Fprintf(&b, "\ndogmavet's reduced load (internal/cli/reduce.go) gives up here and loads everything with syntax, because these packages import dogma but go list cannot be asked for them by name: %s. ", "`"+strings.Join(p.Unnameable, "`, `")+"`")
	} else {
		fmt.Fprintf(&b, "\ndogmavet's reduced load (internal/cli/reduce.go) applies: it loads again, naming the %d packages outside the patterns that import dogma, so that they get syntax", p.Extra)
		if p.ExtraTestVariants > 0 {
			fmt.Fprintf(&b, "; with tests on, that also loads %d of their test packages, then dropped", p.ExtraTestVariants)
		}
		b.WriteString(". ")
	}
	if len(p.Unnameable) == 0 && len(p.Load) >= 3 {
		first, second := p.Load[1].Wall, p.Load[2].Wall
		fmt.Fprintf(&b, "dogmavet's load is then both loads, %.2f s + %.2f s = %.2f s, where the floor's is the first alone; a metadata-only first load (go list, %.2f s above) would make it %.2f s. ",
			first.Seconds(), second.Seconds(), (first + second).Seconds(), p.Load[0].Wall.Seconds(), (p.Load[0].Wall + second).Seconds())
	}
	fmt.Fprintf(&b, "The last load gives syntax to %d packages, %d lines of Go:\n\n", p.SyntaxPackages, p.SyntaxLines)
	b.WriteString("| module | lines with syntax | share |\n|---|---:|---:|\n")
	for _, m := range p.Modules {
		fmt.Fprintf(&b, "| %s | %d | %.0f%% |\n", m.Module, m.Lines, 100*float64(m.Lines)/float64(max(p.SyntaxLines, 1)))
	}
	b.WriteString("\n")

	var total time.Duration
	for _, a := range p.Actions {
		total += a.Total
	}
	fmt.Fprintf(&b, "The analysis on that load, `checker.Analyze(suite.All)` run sequentially so the checker's per-action durations (which include reading the dependencies' facts) do not overlap: %.1f ms wall, %.1f ms in actions.\n\n", ms(p.Analyze), ms(total))
	b.WriteString("| analyzer | packages | actions | time | share |\n|---|---|---:|---:|---:|\n")
	for _, a := range p.Actions {
		where := "the application's"
		if a.Deps {
			where = "dependencies (facts)"
		}
		share := 0.0
		if total > 0 {
			share = 100 * float64(a.Total) / float64(total)
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %.1f ms | %.1f%% |\n", a.Analyzer, where, a.Count, ms(a.Total), share)
	}
	b.WriteString("\n")
	return b.String()
}

func wall(s sample) int64 { return int64(s.Wall) }
func cpu(s sample) int64  { return int64(s.CPU) }
func rss(s sample) int64  { return s.MaxRSS }

// ratio is the median of measure over tool name divided by that over its
// floor.
func (c *caseResult) ratio(name string, measure func(sample) int64) float64 {
	return c.ratioTo(name, c.floor(name), measure)
}

// ratioTo is the median of measure over tool a divided by that over tool b,
// or 0 when either was not measured.
func (c *caseResult) ratioTo(a, b string, measure func(sample) int64) float64 {
	x, y := median(c.Samples[a], measure), median(c.Samples[b], measure)
	if len(c.Samples[a]) == 0 || y == 0 {
		return 0
	}
	return float64(x) / float64(y)
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
