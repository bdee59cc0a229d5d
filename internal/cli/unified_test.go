package cli

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestUnifiedDiff(t *testing.T) {
	lines := func(n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "line %d\n", i)
		}
		return b.String()
	}
	old := lines(20)
	for _, c := range []struct {
		name, new, want string
	}{
		{"equal", old, ""},
		{"one line changed", strings.Replace(old, "line 10\n", "line ten\n", 1),
			"--- a/f.go\n+++ b/f.go\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n"},
		{"insertion at the start", "line 0\n" + old,
			"--- a/f.go\n+++ b/f.go\n@@ -1,3 +1,4 @@\n+line 0\n line 1\n line 2\n line 3\n"},
		{"two changes far apart: two hunks", strings.Replace(strings.Replace(old, "line 2\n", "two\n", 1), "line 19\n", "nineteen\n", 1),
			"--- a/f.go\n+++ b/f.go\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+nineteen\n line 20\n"},
		{"two changes close together: one hunk", strings.Replace(strings.Replace(old, "line 5\n", "five\n", 1), "line 11\n", "eleven\n", 1),
			"--- a/f.go\n+++ b/f.go\n@@ -2,13 +2,13 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n line 9\n line 10\n-line 11\n+eleven\n line 12\n line 13\n line 14\n"},
		{"deletion of everything", "",
			"--- a/f.go\n+++ b/f.go\n@@ -1,20 +0,0 @@\n" + strings.ReplaceAll(strings.TrimSuffix("\n"+old, "\n"), "\n", "\n-")[1:] + "\n"},
		{"no newline at the end", old + "tail",
			"--- a/f.go\n+++ b/f.go\n@@ -18,3 +18,4 @@\n line 18\n line 19\n line 20\n+tail\n\\ No newline at end of file\n"},
	} {
		if got := unifiedDiff("f.go", old, c.new, 3); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

// TestDiffLinesRebuilds checks that the edit script of random pairs turns
// one into the other and is no longer than needed for a common subsequence.
func TestDiffLinesRebuilds(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "d\n"}
	random := func() []string {
		s := make([]string, rng.Intn(12))
		for i := range s {
			s[i] = words[rng.Intn(len(words))]
		}
		return s
	}
	for range 2000 {
		a, b := random(), random()
		var gotA, gotB []string
		changes := 0
		for _, op := range diffLines(a, b) {
			if op.kind != opInsert {
				gotA = append(gotA, op.text)
			}
			if op.kind != opDelete {
				gotB = append(gotB, op.text)
			}
			if op.kind != opEqual {
				changes++
			}
		}
		if strings.Join(gotA, "") != strings.Join(a, "") || strings.Join(gotB, "") != strings.Join(b, "") {
			t.Fatalf("script for %q -> %q does not rebuild them", a, b)
		}
		if want := len(a) + len(b) - 2*lcs(a, b); changes != want {
			t.Fatalf("script for %q -> %q has %d changes, want %d", a, b, changes, want)
		}
	}
}

func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}
