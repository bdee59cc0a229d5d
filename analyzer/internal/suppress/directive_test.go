package suppress

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

const src = `package p

//dogmavet:ignore switch-dead-case old events
var a = 1 //dogmavet:ignore new-returns-nil trailing reason // and a comment
var b = 2
//dogmavet:ignore
//dogmavet:ignore empty-instance-id
//dogmavet:ignorex not ours
// dogmavet:ignore spaced is prose
`

func TestParse(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ds := Parse(fset, []*ast.File{f})
	type got struct {
		line    int
		rule    validate.RuleID
		reason  string
		ownLine bool
	}
	want := []got{
		{3, validate.SwitchDeadCase, "old events", true},
		{4, validate.NewReturnsNil, "trailing reason", false},
		{6, "", "", true},
		{7, validate.EmptyInstanceID, "", true},
	}
	if len(ds) != len(want) {
		t.Fatalf("Parse found %d directives, want %d", len(ds), len(want))
	}
	for i, d := range ds {
		if g := (got{d.Line, d.Rule, d.Reason, d.OwnLine}); g != want[i] {
			t.Errorf("directive %d = %+v, want %+v", i, g, want[i])
		}
	}

	// Own-line directives cover the next line; trailing ones only their own.
	if !ds[0].covers("p.go", 3) || !ds[0].covers("p.go", 4) || ds[0].covers("p.go", 5) {
		t.Error("own-line directive on line 3 should cover lines 3 and 4 only")
	}
	if !ds[1].covers("p.go", 4) || ds[1].covers("p.go", 5) || ds[1].covers("q.go", 4) {
		t.Error("trailing directive on line 4 should cover line 4 of p.go only")
	}

	known := func(id validate.RuleID) bool { return id != "" && id != "nope" }
	if p := ds[0].Problem(known); p != "" {
		t.Errorf("well-formed directive: Problem = %q", p)
	}
	if p := ds[2].Problem(known); p == "" {
		t.Error("directive without a rule: no problem reported")
	}
	if p := ds[3].Problem(known); p == "" {
		t.Error("directive without a reason: no problem reported")
	}
	unknown := &Directive{Rule: "nope", Reason: "r"}
	if p := unknown.Problem(known); p == "" {
		t.Error("directive with an unknown rule: no problem reported")
	}
}
