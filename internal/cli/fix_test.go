package cli

import (
	"reflect"
	"testing"
)

func TestMergeEdits(t *testing.T) {
	base := []edit{{10, 20, "x"}}
	for _, c := range []struct {
		name  string
		edits []edit
		want  []edit // nil: rejected
	}{
		{"disjoint, before", []edit{{0, 5, "a"}}, []edit{{0, 5, "a"}, {10, 20, "x"}}},
		{"adjacent", []edit{{20, 25, "b"}}, []edit{{10, 20, "x"}, {20, 25, "b"}}},
		{"the same edit again (p and p [p.test])", []edit{{10, 20, "x"}}, base},
		{"overlapping", []edit{{15, 25, "c"}}, nil},
		{"inside", []edit{{12, 13, "d"}}, nil},
		{"same range, other text", []edit{{10, 20, "y"}}, nil},
		{"insertion where the edit starts", []edit{{10, 10, "e"}}, nil},
		{"a fix whose second edit clashes is rejected whole", []edit{{0, 5, "a"}, {18, 19, "f"}}, nil},
	} {
		got, ok := merge(base, c.edits)
		if c.want == nil {
			if ok {
				t.Errorf("%s: merged %v, want it rejected", c.name, got)
			}
			continue
		}
		if !ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, %v; want %v", c.name, got, ok, c.want)
		}
	}
	if len(base) != 1 {
		t.Errorf("merge changed the accepted edits: %v", base)
	}
}

func TestApplyEdits(t *testing.T) {
	fe := &fileEdits{
		content: []byte("package p\n\nvar k = \"A\"\nvar n = 1\n"),
		edits:   []edit{{19, 22, `"a"`}, {31, 32, "2"}},
	}
	if got, want := string(fe.apply()), "package p\n\nvar k = \"a\"\nvar n = 2\n"; got != want {
		t.Errorf("apply = %q, want %q", got, want)
	}
	// Unparsable results are written as they are, not dropped.
	fe = &fileEdits{content: []byte("package p\n"), edits: []edit{{10, 10, "func {\n"}}}
	if got := string(fe.apply()); got != "package p\nfunc {\n" {
		t.Errorf("apply = %q", got)
	}
}
