package main_test

import (
	"testing"
)

// TestDeterministic runs each output mode four times, twice on one CPU and
// twice on two, and wants the same bytes every time: CI diffs, SARIF
// uploads and golden files all depend on it.
func TestDeterministic(t *testing.T) {
	modes := [][]string{
		{"./testdata/example-defects/..."},
		{"-json", "./testdata/example-defects/..."},
		{"sarif", "./testdata/example-defects/..."},
		{"describe", "-format=json", "./testdata/example-defects/..."},
		{"describe", "-format=dot", "./testdata/example/..."},
	}
	for _, args := range modes {
		t.Run(args[0], func(t *testing.T) {
			var first result
			for i, procs := range []string{"1", "2", "1", "2"} {
				r := run(t, root, []string{"GOMAXPROCS=" + procs}, dogmavet, args...)
				if i == 0 {
					first = r
					if r.stdout == "" && r.stderr == "" {
						t.Fatalf("no output to compare")
					}
					continue
				}
				if r.stdout != first.stdout || r.stderr != first.stderr || r.code != first.code {
					t.Fatalf("run %d (GOMAXPROCS=%s) differs from the first:\n%s\nfirst:\n%s", i+1, procs, r, first)
				}
			}
		})
	}
}
