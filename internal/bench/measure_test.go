package main

import (
	"testing"
	"time"
)

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("100/4, 5000/200")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (size{100, 4}) || got[1] != (size{5000, 200}) {
		t.Errorf("parseSizes = %v", got)
	}
	for _, bad := range []string{"", "100", "100/x", "0/1", "10/-1"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) succeeded", bad)
		}
	}
}

func TestMedian(t *testing.T) {
	ss := []sample{{Wall: 5 * time.Second}, {Wall: 1 * time.Second}, {Wall: 3 * time.Second}}
	if got := median(ss, wall); got != 3*time.Second {
		t.Errorf("odd median = %v", got)
	}
	ss = append(ss, sample{Wall: 4 * time.Second})
	if got := median(ss, wall); got != 3500*time.Millisecond {
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
