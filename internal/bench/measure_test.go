package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("100/4, 5000/200")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (size{100, 4}) || got[1] != (size{5000, 200}) {
		t.Errorf("parseSizes = %v", got)
	}
	if got, err := parseSizes(" "); err != nil || len(got) != 0 {
		t.Errorf("parseSizes(\" \") = %v, %v; want no sizes", got, err)
	}
	for _, bad := range []string{"100,", "100", "100/x", "0/1", "10/-1"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) succeeded", bad)
		}
	}
}

func TestMedian(t *testing.T) {
	ss := []sample{{Wall: 5 * time.Second}, {Wall: 1 * time.Second}, {Wall: 3 * time.Second}}
	if got := time.Duration(median(ss, wall)); got != 3*time.Second {
		t.Errorf("odd median = %v", got)
	}
	ss = append(ss, sample{Wall: 4 * time.Second})
	if got := time.Duration(median(ss, wall)); got != 3500*time.Millisecond {
		t.Errorf("even median = %v", got)
	}
	if got := median(nil, rss); got != 0 {
		t.Errorf("empty median = %v", got)
	}
}

func TestBenchMedians(t *testing.T) {
	out := `BenchmarkX/a-2   100  30 ns/op  5 allocs/op
BenchmarkX/a-2   100  10 ns/op  7 allocs/op
BenchmarkX/a-2   100  20 ns/op  6 allocs/op
PASS`
	got := benchMedians(out)
	want := "| benchmark (medians) | ns/op | allocs/op |\n|---|---:|---:|\n| BenchmarkX/a-2 | 20 | 6 |\n"
	if got != want {
		t.Errorf("benchMedians =\n%s\nwant\n%s", got, want)
	}
}

func TestParseShapes(t *testing.T) {
	got, err := parseShapes("realistic, synthetic,realistic")
	if err != nil || !slices.Equal(got, []string{"realistic", "synthetic"}) {
		t.Errorf("parseShapes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "real", "synthetic,"} {
		if _, err := parseShapes(bad); err == nil {
			t.Errorf("parseShapes(%q) succeeded", bad)
		}
	}
}

func TestGrowth(t *testing.T) {
	for _, c := range []struct {
		small, large, change float64
		ok                   bool
	}{
		{1.13, 1.16, 0.03, true},
		{1.10, 1.15, 0.05, true},
		{1.10, 1.16, 0.06, false},
		{2.80, 1.20, -1.60, true},
	} {
		change, ok := growth(c.small, c.large)
		if ok != c.ok || change < c.change-1e-9 || change > c.change+1e-9 {
			t.Errorf("growth(%v, %v) = %v, %v; want %v, %v", c.small, c.large, change, ok, c.change, c.ok)
		}
	}
}

func samples(walls ...time.Duration) []sample {
	var ss []sample
	for _, w := range walls {
		ss = append(ss, sample{Wall: w, MaxRSS: int64(w / time.Millisecond)})
	}
	return ss
}

func TestRatioUsesEachToolsFloor(t *testing.T) {
	c := &caseResult{
		Floors: map[string]string{dogmavetStandalone: noopStandalone, dogmavetVetUncached: noopVetUncached},
		Samples: map[string][]sample{
			noopStandalone:      samples(1*time.Second, 2*time.Second, 9*time.Second),
			dogmavetStandalone:  samples(3*time.Second, 3*time.Second, 1*time.Second),
			noopVetUncached:     samples(4 * time.Second),
			dogmavetVetUncached: samples(5 * time.Second),
		},
	}
	if got := c.ratio(dogmavetStandalone, wall); got != 1.5 {
		t.Errorf("standalone ratio = %v, want 1.5 (median 3 s over median 2 s)", got)
	}
	if got := c.ratio(dogmavetVetUncached, rss); got != 1.25 {
		t.Errorf("vet memory ratio = %v, want 1.25", got)
	}
	if got := c.ratio(noopStandalone, wall); got != 1 {
		t.Errorf("a floor's own ratio = %v, want 1", got)
	}
	if got := c.ratio("never measured", wall); got != 0 {
		t.Errorf("ratio of an unmeasured tool = %v, want 0", got)
	}
}

func TestVerdictAndTables(t *testing.T) {
	if got := verdict(1.10, targetVet); got != "1.10 ✓" {
		t.Errorf("verdict at the target = %q", got)
	}
	if got := verdict(1.26, targetStandalone); got != "**1.26 ✗**" {
		t.Errorf("verdict over the target = %q", got)
	}
	mk := func(handlers int, dv time.Duration) *caseResult {
		return &caseResult{
			Title: "synthetic", Shape: "synthetic", Size: size{handlers, 1},
			Tools:  []string{noopVetUncached, noopStandalone, dogmavetVetUncached, dogmavetStandalone},
			Floors: map[string]string{dogmavetStandalone: noopStandalone, dogmavetVetUncached: noopVetUncached},
			Samples: map[string][]sample{
				noopStandalone: samples(time.Second), dogmavetStandalone: samples(dv),
				noopVetUncached: samples(time.Second), dogmavetVetUncached: samples(time.Second),
			},
		}
	}
	g := growthTable([]*caseResult{mk(5000, 1300*time.Millisecond), mk(100, 1100*time.Millisecond)})
	if !strings.Contains(g, "| synthetic | standalone, time | 1.10 (100 handlers) | 1.30 (5000 handlers) | +0.20 | **✗** |") {
		t.Errorf("growth table does not flag the growing ratio:\n%s", g)
	}
	if !strings.Contains(g, "| synthetic | go vet uncached, time | 1.00 (100 handlers) | 1.00 (5000 handlers) | +0.00 | ✓ |") {
		t.Errorf("growth table flags a steady ratio:\n%s", g)
	}
	tt := targetsTable([]*caseResult{mk(100, 1300*time.Millisecond)})
	if !strings.Contains(tt, "| synthetic | 1.00 ✓ | **1.30 ✗** | **1.30 ✗** | — | — |") {
		t.Errorf("targets table:\n%s", tt)
	}
}

// TestGCPercentMatchesDogmavet keeps the floor's go vet GOGC equal to the
// one dogmavet sets in vet units.
func TestGCPercentMatchesDogmavet(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "cli", "cli.go"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const vetGCPercent = (\d+)`).FindSubmatch(src)
	if m == nil {
		t.Fatal("internal/cli/cli.go declares no vetGCPercent constant: update dogmavetVetGCPercent's source")
	}
	if string(m[1]) != strconv.Itoa(dogmavetVetGCPercent) {
		t.Errorf("dogmavet sets GOGC=%s in vet units, the benchmark's floor %d", m[1], dogmavetVetGCPercent)
	}
}

func TestCheckCheckout(t *testing.T) {
	dir := t.TempDir()
	write := func(mod string) {
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("module github.com/dogmatiq/example\n\nrequire (\n\tgithub.com/dogmatiq/dogma v0.15.0\n)\n")
	if err := checkCheckout(dir, "v0.15.0"); err != nil {
		t.Errorf("v0.15.0 checkout rejected: %v", err)
	}
	if err := checkCheckout(dir, "v0.25.0"); err == nil {
		t.Error("v0.15.0 checkout accepted as v0.25.0")
	}
	write("module example.com/other\n\nrequire github.com/dogmatiq/dogma v0.15.0\n")
	if err := checkCheckout(dir, "v0.15.0"); err == nil {
		t.Error("another module accepted as dogmatiq/example")
	}
	if err := checkCheckout(filepath.Join(dir, "missing"), "v0.15.0"); err == nil {
		t.Error("a missing directory accepted")
	}
	if cases, skipped, err := realCases(dir, "", ""); err != nil || len(cases) != 0 || !strings.Contains(skipped, "-example-v15") {
		t.Errorf("realCases without checkouts = %v, %q, %v; want a skip message naming the flags", cases, skipped, err)
	}
}

func TestCopyWithoutTests(t *testing.T) {
	src, dst := t.TempDir(), filepath.Join(t.TempDir(), "copy")
	for name, data := range map[string]string{"go.mod": "module m\n", "a/a.go": "package a\n", "a/a_test.go": "package a\n", ".git/HEAD": "x"} {
		path := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := copyWithoutTests(src, dst); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{"go.mod": true, "a/a.go": true, "a/a_test.go": false, ".git/HEAD": false} {
		_, err := os.Stat(filepath.Join(dst, name))
		if got := err == nil; got != want {
			t.Errorf("%s copied: %v, want %v", name, got, want)
		}
	}
}

func TestOutsideImporters(t *testing.T) {
	pkg := func(id, path string, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: id, PkgPath: path, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	dogma := pkg("github.com/dogmatiq/dogma", "github.com/dogmatiq/dogma")
	fmtPkg := pkg("fmt", "fmt")
	adaptor := pkg("example.com/projkit/mem", "example.com/projkit/mem", dogma, fmtPkg)
	util := pkg("example.com/util", "example.com/util", fmtPkg) // no dogma: export data
	app := pkg("m/app", "m/app", adaptor, util)
	appForTest := pkg("m/app [m/domain.test]", "m/app", adaptor)
	domainTest := pkg("m/domain_test [m/domain.test]", "m/domain_test", appForTest)
	root := pkg("m/domain", "m/domain", dogma)

	nameable, unnameable := outsideImporters([]*packages.Package{app, root})
	if !slices.Equal(nameable, []string{"example.com/projkit/mem"}) || len(unnameable) != 0 {
		t.Errorf("without tests: %v, %v", nameable, unnameable)
	}
	nameable, unnameable = outsideImporters([]*packages.Package{app, root, domainTest})
	if !slices.Equal(nameable, []string{"example.com/projkit/mem"}) || !slices.Equal(unnameable, []string{"m/app [m/domain.test]"}) {
		t.Errorf("with a test importing the app: %v, %v", nameable, unnameable)
	}
}

func TestToolsFor(t *testing.T) {
	b := &tools{Noop: "/bin/noop", Dogmavet: "/bin/dogmavet", Configkit: "/bin/ck"}
	ts := toolsFor(b, "/app", toolSet{
		Patterns:   []string{"./..."},
		Standalone: []variant{{}, {Label: "-test=false", Flag: "-test=false"}},
		JSON:       true,
		Configkit:  "bank",
		Phases:     true,
	}, []string{"a", "b"})
	byName := map[string]tool{}
	var names []string
	for _, x := range ts {
		byName[x.Name] = x
		names = append(names, x.Name)
	}
	want := []string{
		noopVetUncached, noopVetCached, noopStandalone, noopStandalone + ", -test=false",
		dogmavetVetUncached, dogmavetVetCached, dogmavetStandalone, dogmavetStandalone + ", -test=false",
		noAnalyzers, onlyPrefix + "a", onlyPrefix + "b", configkitStatic,
	}
	if !slices.Equal(names, want) {
		t.Fatalf("tools = %q\nwant %q", names, want)
	}
	args := func(name string) string { return strings.Join(byName[name].Args(), " ") }
	for name, want := range map[string]string{
		noopStandalone + ", -test=false":     "/bin/noop -json -test=false ./...",
		dogmavetStandalone:                   "/bin/dogmavet -json ./...",
		noAnalyzers:                          "/bin/dogmavet -json -a=false -b=false ./...",
		onlyPrefix + "b":                     "/bin/dogmavet -json -b ./...",
		configkitStatic:                      "/bin/ck /app",
		dogmavetStandalone + ", -test=false": "/bin/dogmavet -json -test=false ./...",
	} {
		if got := args(name); got != want {
			t.Errorf("%s runs %q, want %q", name, got, want)
		}
	}
	if a, b := args(noopVetUncached), args(noopVetUncached); a == b || !strings.HasPrefix(a, "go vet -vettool=/bin/noop -nonce=") || !strings.HasSuffix(a, " -json ./...") {
		t.Errorf("uncached go vet runs %q then %q: want a fresh nonce each time", a, b)
	}
	if a, b := args(dogmavetVetCached), args(dogmavetVetCached); a != b {
		t.Errorf("cached go vet runs %q then %q: want the same nonce", a, b)
	}
	for name, floor := range map[string]string{
		dogmavetVetUncached:                  noopVetUncached,
		dogmavetStandalone + ", -test=false": noopStandalone + ", -test=false",
		onlyPrefix + "a":                     noopStandalone,
		configkitStatic:                      noopStandalone,
		noopStandalone:                       "",
	} {
		if got := byName[name].Floor; got != floor {
			t.Errorf("floor of %s = %q, want %q", name, got, floor)
		}
	}
	// The floor's go vet runs at dogmavet's vet GOGC; dogmavet sets its own.
	if env := byName[noopVetUncached].Env; !slices.Equal(env, []string{"NOOP_VET_GCPERCENT=" + strconv.Itoa(dogmavetVetGCPercent)}) {
		t.Errorf("noop go vet env = %q", env)
	}
	if env := byName[dogmavetVetUncached].Env; len(env) != 0 {
		t.Errorf("dogmavet go vet env = %q, want none", env)
	}
	if err := byName[configkitStatic].Check([]byte("synth 4\n"), 0); err == nil {
		t.Error("configkit/static finding another application passed the check")
	}
	if err := byName[configkitStatic].Check([]byte("bank 10\n"), 0); err != nil {
		t.Errorf("configkit/static finding bank failed the check: %v", err)
	}
}

func TestMarkdownRealSection(t *testing.T) {
	_, skipped, _ := realCases(t.TempDir(), "", "")
	md := (&report{RealSkipped: skipped}).markdown()
	if !strings.Contains(md, "## Real application: dogmatiq/example\n\nThis section was skipped: no checkouts of dogmatiq/example were given (-example-v15 DIR, -example-v25 DIR)") {
		t.Errorf("no skip message:\n%s", md)
	}

	p := &phaseReport{App: "ex", Unnameable: []string{"m/app [m/domain.test]"}, Load: []phase{{Name: "a"}, {Name: "b"}, {Name: "c"}},
		Actions: []actionGroup{{Analyzer: "dogmaconfig", Deps: true, Count: 3, Total: 3 * time.Millisecond}, {Analyzer: "configcheck", Count: 1, Total: time.Millisecond}}}
	sec := phasesSection(p, nil)
	for _, want := range []string{
		"gives up here and loads everything with syntax, because these packages import dogma but go list cannot be asked for them by name: `m/app [m/domain.test]`",
		"| dogmaconfig | dependencies (facts) | 3 | 3.0 ms | 75.0% |",
		"| configcheck | the application's | 1 | 1.0 ms | 25.0% |",
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("phases section lacks %q:\n%s", want, sec)
		}
	}
	if strings.Contains(sec, "both loads") {
		t.Errorf("the fallback load is described as two loads:\n%s", sec)
	}
}
