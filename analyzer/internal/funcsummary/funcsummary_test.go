package funcsummary_test

import (
	"bytes"
	"encoding/gob"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/internal/funcsummary"
)

// TestFacts checks the summaries exported as facts.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), funcsummary.Analyzer, "./facts")
}

// TestFactsGob checks that every exported fact survives gob, as go vet
// hands it between processes, and encodes to the same bytes each time.
func TestFactsGob(t *testing.T) {
	res := analysistest.Run(t, analysistest.TestData(), funcsummary.Analyzer, "./facts")
	n := 0
	for _, r := range res {
		for _, f := range r.Facts {
			for _, fact := range f {
				n++
				fs, ok := fact.(*funcsummary.Fact)
				if !ok {
					t.Fatalf("unexpected fact %T", fact)
				}
				a, b := encode(t, fs), encode(t, fs)
				if !bytes.Equal(a, b) {
					t.Errorf("fact %v encodes differently each time", fs)
				}
				var back funcsummary.Fact
				if err := gob.NewDecoder(bytes.NewReader(a)).Decode(&back); err != nil {
					t.Fatal(err)
				}
				if back.String() != fs.String() {
					t.Errorf("gob round trip: got %v, want %v", &back, fs)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no facts exported")
	}
}

func encode(t *testing.T, f analysis.Fact) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFactsDeadlines checks summaries on dogma v0.25.0: generic scopes,
// ScheduleDeadline and ProcessDeadlineScope.
func TestFactsDeadlines(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "v0.25.0"), funcsummary.Analyzer, "./deadlines")
}

// TestMutFacts checks the mutation summaries exported as facts, and that
// they survive gob as TestFactsGob checks for scope summaries.
func TestMutFacts(t *testing.T) {
	res := analysistest.Run(t, analysistest.TestData(), funcsummary.Analyzer, "./mutfacts")
	n := 0
	for _, r := range res {
		for _, f := range r.Facts {
			for _, fact := range f {
				mf, ok := fact.(*funcsummary.MutFact)
				if !ok {
					continue
				}
				n++
				a, b := encode(t, mf), encode(t, mf)
				if !bytes.Equal(a, b) {
					t.Errorf("fact %v encodes differently each time", mf)
				}
				var back funcsummary.MutFact
				if err := gob.NewDecoder(bytes.NewReader(a)).Decode(&back); err != nil {
					t.Fatal(err)
				}
				if back.String() != mf.String() {
					t.Errorf("gob round trip: got %v, want %v", &back, mf)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no mutation facts exported")
	}
}
