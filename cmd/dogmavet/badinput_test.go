package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
)

// TestBadInput checks that every way of pointing dogmavet at something it
// cannot check gives one clear line on standard error, exit code 1 and no
// stack trace, from every subcommand that loads packages.
func TestBadInput(t *testing.T) {
	bad := badModule(t)
	cases := []struct {
		name, dir, pattern string
		want               *regexp.Regexp
	}{
		{"missing directory", bad, "./nope", regexp.MustCompile(`^dogmavet: cannot load \./nope: .*nope.*directory not found$`)},
		{"missing directory pattern", bad, "./nope/...", regexp.MustCompile(`^dogmavet: pattern \./nope/\.\.\.: .*no such file or directory$`)},
		{"missing package", bad, "example.com/elsewhere", regexp.MustCompile(`^dogmavet: no required module provides package example\.com/elsewhere`)},
		{"syntax error", bad, "./syntax", regexp.MustCompile(`^syntax/syntax\.go:\d+:\d+: syntax error: missing ',' before newline in argument list$`)},
		{"type error", bad, "./types", regexp.MustCompile(`^types/types\.go:\d+:\d+: cannot use 42 .* as string value`)},
		{"module without dogma", filepath.Join("testdata", "nodogma"), "./...", regexp.MustCompile(`^dogmavet: no package in \./\.\.\. imports github\.com/dogmatiq/dogma: nothing to check$`)},
	}
	for _, c := range cases {
		for _, sub := range [][]string{nil, {"-json"}, {"sarif"}, {"describe"}} {
			args := append(append([]string(nil), sub...), c.pattern)
			t.Run(c.name+"/"+strings.Join(args, " "), func(t *testing.T) {
				r := dv(t, c.dir, args...)
				wantCode(t, r, 1)
				if r.stdout != "" && sub == nil {
					t.Errorf("standard output is not empty:\n%s", r)
				}
				lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
				if len(lines) != 1 || !c.want.MatchString(lines[0]) {
					t.Errorf("want one line matching %s, got %s", c.want, r)
				}
				if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
					t.Errorf("stack trace:\n%s", r.stderr)
				}
			})
		}
	}
}

// TestBrokenPackageAmongGoodOnes checks that packages that do not compile
// are reported in one line each and fail the run (exit code 1), that one
// importing them is said to be left unchecked, and that the package that
// compiles is still checked and its finding printed, standalone and under
// go vet.
func TestBrokenPackageAmongGoodOnes(t *testing.T) {
	dir := badModule(t)
	want := e2etest.Defects(t, filepath.Join(dir, "defective"))
	for i := range want {
		want[i].File = "defective/" + want[i].File
	}
	// go vet prefixes the tool's error with "dogmavet: " and words the
	// syntax error its own way.
	broken := []*regexp.Regexp{
		regexp.MustCompile(`^(dogmavet: )?syntax/syntax\.go:\d+:\d+: .*missing ','`),
		regexp.MustCompile(`^(dogmavet: )?types/types\.go:\d+:\d+: cannot use 42 `),
	}
	check := func(t *testing.T, r result, lines []string) {
		t.Helper()
		var got []e2etest.Finding
		for _, f := range e2etest.ParseText(t, r.stderr, dir, dir) {
			if strings.HasPrefix(f.File, "defective/") {
				got = append(got, f)
			}
		}
		wantFindings(t, got, want)
		for _, re := range broken {
			n := 0
			for _, line := range lines {
				if re.MatchString(line) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("want one line matching %s, got %d:\n%s", re, n, r)
			}
		}
	}
	t.Run("standalone", func(t *testing.T) {
		r := dv(t, dir, "./...")
		wantCode(t, r, 1)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if len(lines) != 4 {
			t.Errorf("want two broken packages, one that imports one and one finding, got %s", r)
		}
		check(t, r, lines)
		const importer = "dogmavet: example.com/bad/importer not checked: it imports example.com/bad/types, which has errors"
		if !slices.Contains(lines, importer) {
			t.Errorf("want %q, got %s", importer, r)
		}
	})
	t.Run("go vet", func(t *testing.T) {
		r := run(t, dir, nil, "go", "vet", "-vettool="+dogmavet, "./...")
		if r.code == 0 {
			t.Fatalf("go vet passed:\n%s", r)
		}
		var lines []string
		for _, line := range strings.Split(r.stderr, "\n") {
			if !strings.HasPrefix(line, "#") && line != "" {
				lines = append(lines, line)
			}
		}
		check(t, r, lines)
	})
}

// badModule copies testdata/bad, a module of broken packages, to a
// temporary directory. Files that do not parse are stored as *.go.broken,
// so that gofmt and go vet of the repository pass over them; the copy
// restores their names.
func badModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	e2etest.CopyTree(t, filepath.Join("testdata", "bad"), dir)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go.broken") {
			return err
		}
		return os.Rename(path, strings.TrimSuffix(path, ".broken"))
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
