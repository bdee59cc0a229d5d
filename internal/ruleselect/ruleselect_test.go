package ruleselect

import (
	"flag"
	"io"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestSelection(t *testing.T) {
	for _, c := range []struct {
		sel      Selection
		reported string // of a, b, c and the empty category
	}{
		{Selection{}, "abc_"},
		{Selection{Disable: map[string]bool{"b": true}}, "ac_"},
		{Selection{Enable: map[string]bool{"a": true, "b": true}}, "ab_"},
		{Selection{Enable: map[string]bool{"a": true, "b": true}, Disable: map[string]bool{"b": true}}, "a_"},
	} {
		got := ""
		for _, cat := range []string{"a", "b", "c", ""} {
			if c.sel.Reports(cat) {
				if cat == "" {
					cat = "_"
				}
				got += cat
			}
		}
		if got != c.reported {
			t.Errorf("%+v reports %q, want %q", c.sel, got, c.reported)
		}
	}
}

func TestList(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	l := &List{Name: "disable"}
	fs.Var(l, "disable", "")
	if err := fs.Parse([]string{"-disable=duplicate-key, identity-name", "-disable=duplicate-key"}); err != nil {
		t.Fatal(err)
	}
	if got := l.String(); got != "duplicate-key,identity-name" {
		t.Errorf("List = %q", got)
	}
	err := fs.Parse([]string{"-disable=duplicate-key,Duplicate-Key,nope"})
	if err == nil || !strings.Contains(err.Error(), `-disable names unknown rules "Duplicate-Key", "nope"`) {
		t.Errorf("unknown IDs: %v", err)
	}
}

func TestRewrite(t *testing.T) {
	a := &analysis.Analyzer{Name: "a", Doc: "a", Run: func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Message: "kept", Category: "duplicate-key"})
		pass.Report(analysis.Diagnostic{Message: "dropped", Category: "identity-name"})
		return nil, nil
	}}
	w := Rewrite(a, func(_ *analysis.Pass, d *analysis.Diagnostic) bool {
		d.Message = WithRuleID(d.Message, d.Category)
		return d.Category != "identity-name"
	})
	var got []string
	pass := &analysis.Pass{Report: func(d analysis.Diagnostic) { got = append(got, d.Message) }}
	if _, err := w.Run(pass); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "|") != "kept (duplicate-key)" {
		t.Errorf("reported %q", got)
	}
	if w == a || a.Name != w.Name {
		t.Errorf("Rewrite must return a copy with the same name")
	}
	if WithRuleID("m", "") != "m" {
		t.Errorf("a message without a rule ID changed")
	}
}
