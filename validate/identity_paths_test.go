package validate_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// TestIdentityPaths checks the path findings of a static model: a skip is
// reported at its statement with the exit as related position, and a
// repeat once, except where the calls on every path already show it.
func TestIdentityPaths(t *testing.T) {
	const k = "4f8c4c9e-3a3b-4c55-9c1d-7d8f0c2b6a11"
	he := validate.Route{Kind: validate.HandlesEventRoute, Type: evtType, Pos: 50}
	h := projModel([]validate.Identity{known("p", k, 10), known("p", k, 20)}, he)
	h.IdentitiesComplete = false
	h.IdentitySkips = []validate.IdentitySkip{{Stmt: "switch statement", Pos: 5, Exit: 90}}
	h.IdentityRepeats = []validate.IdentityRepeat{
		{Identity: known("p", k, 20), First: 10}, // already a repeat on every path
		{Identity: known("q", k, 30), First: 10},
		{Identity: known("q", k, 30), First: 20}, // the same call again
	}
	ps := validate.CheckHandler(h)
	var got []string
	for _, p := range ps {
		got = append(got, string(p.Rule)+"@"+strconv.Itoa(int(p.Pos)))
	}
	if want := "identity-missing@5 identity-multiple@20 identity-multiple@30"; strings.Join(got, " ") != want {
		t.Fatalf("got %s, want %s\n%s", strings.Join(got, " "), want, dump(ps))
	}
	if !strings.Contains(ps[0].Message, "this switch statement lets a path return without calling it") ||
		len(ps[0].Related) != 1 || ps[0].Related[0].Pos != 90 {
		t.Errorf("skip: %s %+v", ps[0].Message, ps[0].Related)
	}
	if !strings.HasPrefix(ps[2].Message, `Identity (with "q", "`+k+`") is called again on some path`) ||
		len(ps[2].Related) != 1 || ps[2].Related[0].Pos != 10 {
		t.Errorf("repeat: %s %+v", ps[2].Message, ps[2].Related)
	}

	// The run-time model has no paths: nothing more than before.
	h.IdentitySkips, h.IdentityRepeats = nil, nil
	for _, p := range validate.CheckHandler(h) {
		if p.Rule == validate.IdentityMissing || p.Pos == 30 {
			t.Errorf("without paths: %s", p)
		}
	}
}
