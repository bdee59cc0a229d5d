package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

func TestVetProtocol(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"--V=full"}, true},
		{[]string{"-json", "-nonce=1", "/tmp/b001/vet.cfg"}, true},
		{[]string{"help"}, false},
		{[]string{"help", "configcheck"}, false},
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"-c", "3", "/tmp/b001/vet.cfg"}, true},
		{[]string{"./...", "-flags"}, false},
		{[]string{"-fix", "./..."}, false},
		{nil, false},
	} {
		if got := vetProtocol(c.args); got != c.want {
			t.Errorf("vetProtocol(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

func TestSelected(t *testing.T) {
	// (Not "c": that is the context flag.)
	a := &analysis.Analyzer{Name: "a"}
	b := &analysis.Analyzer{Name: "b"}
	c := &analysis.Analyzer{Name: "d"}
	all := []*analysis.Analyzer{a, b, c}
	names := func(as []*analysis.Analyzer) string {
		s := ""
		for _, x := range as {
			s += x.Name
		}
		return s
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "abd"},
		{[]string{"-b"}, "b"},
		{[]string{"-a", "-d=true"}, "ad"},
		{[]string{"-b=false"}, "ad"},
		{[]string{"-a", "-b=false"}, "a"},
	} {
		f := newFlags(all, io.Discard)
		if err := f.set.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		if got := names(f.selected(all)); got != tc.want {
			t.Errorf("%q selects %q, want %q", tc.args, got, tc.want)
		}
	}
	if err := newFlags(all, io.Discard).set.Parse([]string{"-a=maybe"}); err == nil {
		t.Error("-a=maybe accepted")
	}
}

func TestDescribeError(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(wd, "x", "a.go")
	for _, c := range []struct {
		pkg  *packages.Package
		err  packages.Error
		want string
	}{
		{&packages.Package{ID: "./nope"}, packages.Error{Msg: "stat /w/nope: directory not found", Kind: packages.ListError},
			"dogmavet: cannot load ./nope: stat /w/nope: directory not found"},
		{&packages.Package{ID: "example.com/x"}, packages.Error{Msg: "no required module provides package example.com/x; to add it:\n\tgo get example.com/x", Kind: packages.ListError},
			"dogmavet: no required module provides package example.com/x; to add it: go get example.com/x"},
		{&packages.Package{ID: "p"}, packages.Error{Pos: abs + ":5:1", Msg: "expected operand, found '}'", Kind: packages.ParseError},
			"x/a.go:5:1: syntax error: expected operand, found '}'"},
		{&packages.Package{ID: "p"}, packages.Error{Pos: "/elsewhere/b.go:4:9", Msg: "undefined: y", Kind: packages.TypeError},
			"/elsewhere/b.go:4:9: undefined: y"},
	} {
		if got := describeError(c.pkg, c.err); got != c.want {
			t.Errorf("describeError(%q) = %q, want %q", c.err.Msg, got, c.want)
		}
	}
}

func TestRelPos(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		filepath.Join(wd, "a.go") + ":3:4": "a.go:3:4",
		filepath.Join(wd, "a.go") + ":3":   "a.go:3",
		filepath.Join(wd, "a.go"):          "a.go",
		"/elsewhere/c:d.go:1:2":            "/elsewhere/c:d.go:1:2",
		"rel/a.go:1:2":                     "rel/a.go:1:2",
	} {
		if got := relPos(in); got != want {
			t.Errorf("relPos(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPascalCase(t *testing.T) {
	for in, want := range map[string]string{
		"identity-missing":   "IdentityMissing",
		"nil-route-type":     "NilRouteType",
		"switch-dead-case":   "SwitchDeadCase",
		"x":                  "X",
		"double--hyphen":     "DoubleHyphen",
		"identity-name-utf8": "IdentityNameUtf8",
	} {
		if got := pascalCase(in); got != want {
			t.Errorf("pascalCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSARIFRulesCoverTheRuleBook checks that every rule's SARIF descriptor
// carries what GitHub shows.
func TestSARIFRulesCoverTheRuleBook(t *testing.T) {
	rules := sarifRules()
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rules {
		if r.ShortDescription == nil || r.FullDescription == nil || r.Help == nil || r.HelpURI == "" || r.DefaultConfiguration == nil {
			t.Errorf("rule %s lacks a description, help, helpUri or level", r.ID)
		}
	}
}

func TestSARIFVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v0.1.0":                               "0.1.0",
		"v1.2.3-0.20260101000000-abcdef123456": "1.2.3-0.20260101000000-abcdef123456",
		"(devel)":                              "0.0.0-devel",
		"(unknown)":                            "0.0.0-devel",
		"":                                     "0.0.0-devel",
	} {
		if got := sarifVersion(in); got != want {
			t.Errorf("sarifVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCause(t *testing.T) {
	compiler := packages.Error{Msg: "# example.com/p\np/a.go:1:2: undefined: x", Kind: packages.ListError}
	parser := packages.Error{Pos: "p/a.go:1:2", Msg: "undefined: x", Kind: packages.TypeError}
	list := packages.Error{Msg: "no Go files", Kind: packages.ListError}
	for _, c := range []struct {
		errs []packages.Error
		want packages.Error
	}{
		{[]packages.Error{compiler, parser}, parser},
		{[]packages.Error{list, parser}, list},
		{[]packages.Error{compiler}, compiler},
	} {
		if got := cause(c.errs); got.Msg != c.want.Msg {
			t.Errorf("cause(%q) = %q, want %q", c.errs, got.Msg, c.want.Msg)
		}
	}
}
