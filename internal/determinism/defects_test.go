package determinism

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestOneFindingPerDefect checks the generator and the analyzers against
// each other: dogmavet reports exactly one finding for each injected defect,
// of the rule the defect's marker names, and nothing in the realistic
// handlers around them.
func TestOneFindingPerDefect(t *testing.T) {
	dir, dv := app(t)
	out, status, err := run(dir, appEnv(), dv, "-json", "./...")
	if err != nil || status != 0 {
		t.Fatalf("dogmavet -json: status %d, %v\n%s", status, err, out)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct{ Category, Posn, Message string }
			if json.Unmarshal(raw, &diags) != nil {
				t.Errorf("%s on %s failed: %s", analyzer, pkg, raw)
				continue
			}
			for _, d := range diags {
				got[d.Category]++
				if !strings.Contains(d.Posn, "/defects") {
					t.Errorf("finding outside the defects: %s: %s [%s]", d.Posn, d.Message, d.Category)
				}
			}
		}
	}

	want := map[string]int{}
	marker := regexp.MustCompile(`// defect: (\S+)`)
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		for _, m := range marker.FindAllSubmatch(data, -1) {
			want[string(m[1])]++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 20 {
		t.Fatalf("only %d defect markers in the generated application", len(want))
	}
	for _, rule := range union(got, want) {
		if got[rule] != want[rule] {
			t.Errorf("rule %s: %d findings for %d defects", rule, got[rule], want[rule])
		}
	}
}

func union(a, b map[string]int) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}
