package main

import (
	"bytes"
	"go/build"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestSameSeedSameBytes(t *testing.T) {
	for _, shape := range []string{synthetic, realistic} {
		t.Run(shape, func(t *testing.T) { testSameSeedSameBytes(t, shape) })
	}
}

func testSameSeedSameBytes(t *testing.T, shape string) {
	cfg := config{Packages: 3, Handlers: 17, Seed: 42, Defects: true, Shape: shape}
	a, err := generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("file count differs: %d and %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between runs: %s and %s", i, a[i].Path, b[i].Path)
		}
	}

	cfg.Seed = 43
	c, err := generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sameTree(a, c) {
		t.Fatal("seeds 42 and 43 generated the same application")
	}
}

func sameTree(a, b []file) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			return false
		}
	}
	return true
}

func TestRejectsBadSizes(t *testing.T) {
	for _, cfg := range []config{
		{Packages: 0, Handlers: 4},
		{Packages: 2, Handlers: 0},
		{Packages: 5, Handlers: 4},
		{Packages: 1, Handlers: 4, Shape: "real"},
	} {
		if _, err := generate(cfg); err == nil {
			t.Errorf("generate(%+v) succeeded, want an error", cfg)
		}
	}
}

// TestPlanIsValid checks the rules configkit enforces at run time on the
// plan itself: required routes per kind, one handler per command, one
// recorder per event, unique names and keys.
func TestPlanIsValid(t *testing.T) {
	for _, cfg := range []config{
		{Packages: 1, Handlers: 1, Seed: 1},
		{Packages: 1, Handlers: 2, Seed: 2},
		{Packages: 3, Handlers: 10, Seed: 3},
		{Packages: 20, Handlers: 500, Seed: 4},
	} {
		rng := rand.New(rand.NewPCG(cfg.Seed, 0))
		p := newPlan(cfg, rng)
		handled := map[string]string{}
		recorded := map[string]string{}
		names := map[string]bool{}
		keys := map[string]bool{}
		total := 0
		for _, pk := range p.Packages {
			if len(pk.Handlers) == 0 {
				t.Errorf("%+v: package %s is empty", cfg, pk.Name)
			}
			for _, h := range pk.Handlers {
				total++
				if names[h.Name] || keys[h.Key] {
					t.Errorf("%+v: %s reuses a name or key", cfg, h.Type)
				}
				names[h.Name], keys[h.Key] = true, true
				if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(h.Key) {
					t.Errorf("%+v: key %q is not a canonical v4 UUID", cfg, h.Key)
				}
				if len(h.Handles) == 0 {
					t.Errorf("%+v: %s consumes nothing", cfg, h.Type)
				}
				switch h.Kind {
				case aggregate, integration:
					if h.Kind == aggregate && len(h.Produces) == 0 {
						t.Errorf("%+v: aggregate %s records no event", cfg, h.Type)
					}
					for _, m := range h.Handles {
						if prev, ok := handled[m.Type]; ok {
							t.Errorf("%+v: %s handled by %s and %s", cfg, m.Type, prev, h.Type)
						}
						handled[m.Type] = h.Type
					}
					for _, m := range h.Produces {
						if prev, ok := recorded[m.Type]; ok {
							t.Errorf("%+v: %s recorded by %s and %s", cfg, m.Type, prev, h.Type)
						}
						recorded[m.Type] = h.Type
					}
				case process:
					if len(h.Produces) == 0 || len(h.Timeouts) == 0 {
						t.Errorf("%+v: process %s executes no command or schedules no timeout", cfg, h.Type)
					}
				}
			}
		}
		if total != cfg.Handlers {
			t.Errorf("%+v: planned %d handlers", cfg, total)
		}
	}
}

func TestDefectMarkers(t *testing.T) {
	files, err := generate(config{Packages: 1, Handlers: 4, Seed: 1, Defects: true})
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, f := range files {
		all.Write(f.Data)
	}
	for _, d := range defectList() {
		marker := "// defect: " + string(d.Rule) + "\n"
		if n := strings.Count(all.String(), marker); n != 1 {
			t.Errorf("marker %q appears %d times, want once", marker, n)
		}
	}
}

// TestGeneratedModuleBuilds writes a small application with defects and
// checks that it builds and passes the standard go vet offline.
func TestGeneratedModuleBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module: skipped with -short")
	}
	dir := t.TempDir()
	if err := run(config{Packages: 3, Handlers: 14, Seed: 7, Defects: true}, dir); err != nil {
		t.Fatal(err)
	}
	if err := run(config{Packages: 1, Handlers: 1, Seed: 7}, dir); err == nil {
		t.Error("writing into a non-empty directory succeeded")
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s in the generated module: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err != nil {
		t.Fatal(err)
	}
}

func TestGoModHash(t *testing.T) {
	// The go.mod of dogma v0.15.0 is the single line "module
	// github.com/dogmatiq/dogma\n\ngo 1.23\n"; its recorded hash is public.
	got := goModHash([]byte("module github.com/dogmatiq/dogma\n\ngo 1.23\n"))
	if want := "h1:TF6xisRxQ2RE3JQwFr6MCI4nWLKQQp7KRWXVHOq9K0k="; got != want {
		t.Errorf("goModHash = %s, want %s", got, want)
	}
}

// TestFileNamesHaveNoBuildConstraint guards against names such as
// "stock_projection_386.go", which only build on GOARCH=386.
func TestFileNamesHaveNoBuildConstraint(t *testing.T) {
	files, err := generate(config{Packages: 2, Handlers: 800, Seed: 1, Defects: true})
	if err != nil {
		t.Fatal(err)
	}
	realisticFiles, err := generate(config{Packages: 20, Handlers: 80, Seed: 1, Defects: true, Shape: realistic})
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, realisticFiles...)
	for _, target := range [][2]string{{"linux", "amd64"}, {"windows", "arm64"}, {"darwin", "386"}} {
		ctx := build.Default
		ctx.GOOS, ctx.GOARCH = target[0], target[1]
		for _, f := range files {
			if !strings.HasSuffix(f.Path, ".go") {
				continue
			}
			data := f.Data
			ctx.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
			dir, name := filepath.Split(f.Path)
			ok, err := ctx.MatchFile(dir, name)
			if err != nil || !ok {
				t.Errorf("%s is not built on %s/%s (err %v)", f.Path, ctx.GOOS, ctx.GOARCH, err)
			}
		}
	}
}
