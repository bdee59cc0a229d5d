package fuzzextract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/analyzer/configcheck"
	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/analyzer/suite"
)

// analyzers is the extractor, the configuration rules and the rest of the
// suite, each once.
var analyzers = func() []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	for _, a := range append([]*analysis.Analyzer{dogmaconfig.Analyzer, configcheck.Analyzer}, suite.All...) {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}()

func setup(tb testing.TB) *driver {
	d, err := newDriver()
	if err != nil {
		tb.Fatalf("loading dogma's types: %v", err)
	}
	registerFacts(analyzers)
	return d
}

func FuzzExtract(f *testing.F) {
	// The seeds are in testdata/fuzz/FuzzExtract.
	d := setup(f)
	f.Fuzz(func(t *testing.T, kind uint8, body, app string) {
		files, pkg, info, ok := d.check(source(kind, body, app))
		if !ok {
			return // not Go that compiles: nothing a user could vet
		}
		if _, err := d.run(files, pkg, info, analyzers); err != nil {
			t.Fatal(err)
		}
	})
}

// TestSeedsTypeCheck keeps the corpus useful: a seed that no longer
// type-checks would only exercise the parser.
func TestSeedsTypeCheck(t *testing.T) {
	d := setup(t)
	seeds, err := readCorpus(filepath.Join("testdata", "fuzz", "FuzzExtract"))
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) < 10 {
		t.Fatalf("only %d seeds", len(seeds))
	}
	for _, s := range seeds {
		files, pkg, info, ok := d.check(source(s.kind, s.body, s.app))
		if !ok {
			t.Errorf("seed %s does not type-check", s.name)
			continue
		}
		if _, err := d.run(files, pkg, info, analyzers); err != nil {
			t.Errorf("seed %s: %v", s.name, err)
		}
	}
}

// TestDriverReports checks the in-process driver end to end: a valid
// template is clean and a bad name is reported by configcheck.
func TestDriverReports(t *testing.T) {
	d := setup(t)
	const app = "c.Identity(\"app\", \"2f8b1a3e-8d8c-4a51-9d6e-0f0c2a4b7e11\")\nc.REGISTER(a.H)"
	categories := func(body string) []string {
		files, pkg, info, ok := d.check(source(2, body, app))
		if !ok {
			t.Fatalf("template does not type-check with body %q", body)
		}
		diags, err := d.run(files, pkg, info, analyzers)
		if err != nil {
			t.Fatal(err)
		}
		var cats []string
		for _, diag := range diags {
			cats = append(cats, diag.Category)
		}
		return cats
	}
	if got := categories("c.Identity(Name, Key)\nc.Routes(dogma.HandlesCommand[Cmd](), dogma.RecordsEvent[Evt]())"); len(got) != 0 {
		t.Errorf("valid handler: got findings %v", got)
	}
	got := categories("c.Identity(\"bad name\", Key)\nc.Routes(dogma.HandlesCommand[Cmd]())")
	if !strings.Contains(strings.Join(got, " "), "identity-name") {
		t.Errorf("bad name: got findings %v, want identity-name", got)
	}
}

type seed struct {
	name      string
	kind      uint8
	body, app string
}

// readCorpus reads the "go test fuzz v1" files of dir.
func readCorpus(dir string) ([]seed, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []seed
	for _, e := range entries {
		s, err := readSeed(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", e.Name(), err)
		}
		s.name = e.Name()
		out = append(out, s)
	}
	return out, nil
}

func readSeed(path string) (seed, error) {
	f, err := os.Open(path)
	if err != nil {
		return seed{}, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return seed{}, err
	}
	if len(lines) != 4 || lines[0] != "go test fuzz v1" {
		return seed{}, fmt.Errorf("want a version line and three values, got %d lines", len(lines))
	}
	var s seed
	k, ok := strings.CutPrefix(lines[1], "byte(")
	if !ok {
		return seed{}, fmt.Errorf("first value is not a byte: %s", lines[1])
	}
	r, _, _, err := strconv.UnquoteChar(strings.TrimSuffix(strings.TrimPrefix(k, "'"), "')"), '\'')
	if err != nil {
		return seed{}, err
	}
	s.kind = uint8(r)
	for i, dst := range []*string{&s.body, &s.app} {
		v, ok := strings.CutPrefix(lines[2+i], "string(")
		if !ok {
			return seed{}, fmt.Errorf("value %d is not a string: %s", 2+i, lines[2+i])
		}
		if *dst, err = strconv.Unquote(strings.TrimSuffix(v, ")")); err != nil {
			return seed{}, err
		}
	}
	return s, nil
}
