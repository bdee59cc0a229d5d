package runtimetest_test

import (
	"os"
	"strings"
	"testing"
)

// TestDocsShowTheSideBySideScenarioAsItIs checks that docs/runtime.md shows
// the testkit and runtimetest versions of the scenario exactly as
// runtime/internal/benchcmp runs them (with tabs as four spaces, for the
// table's width).
func TestDocsShowTheSideBySideScenarioAsItIs(t *testing.T) {
	src, err := os.ReadFile("../internal/benchcmp/sidebyside_test.go")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/runtime.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"testkit", "runtimetest"} {
		begin, end := "// side-by-side:"+name+":begin\n", "// side-by-side:"+name+":end"
		s := string(src)
		i, j := strings.Index(s, begin), strings.Index(s, end)
		if i < 0 || j < i {
			t.Fatalf("no %s block in sidebyside_test.go", name)
		}
		code := strings.ReplaceAll(strings.Trim(s[i+len(begin):j], "\n"), "\t", "    ")
		if !strings.Contains(string(doc), "```go\n"+code+"\n```") {
			t.Errorf("docs/runtime.md does not show the %s version as sidebyside_test.go has it", name)
		}
	}
}
