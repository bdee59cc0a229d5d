package keyfix_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dogmavet/dogmavet/analyzer/internal/keyfix"
	"github.com/dogmavet/dogmavet/validate"
)

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// testAnalyzer reports every Identity key that is not a lower-case UUID and
// attaches keyfix's fix, with a generator that counts.
func testAnalyzer() *analysis.Analyzer {
	n := 0
	gen := func() string {
		n++
		return fmt.Sprintf("00000000-0000-4000-8000-%012d", n)
	}
	return &analysis.Analyzer{
		Name: "keyfixtest",
		Doc:  "test keyfix",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) != 2 {
						return true
					}
					if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Identity" {
						return true
					}
					key := call.Args[1]
					k := constant.StringVal(pass.TypesInfo.Types[key].Value)
					rule := validate.IdentityKey
					switch {
					case uuidRE.MatchString(k) && k == strings.ToLower(k):
						return true
					case uuidRE.MatchString(k):
						rule = validate.IdentityKeyCanonical
					}
					d := analysis.Diagnostic{Pos: key.Pos(), End: key.End(), Category: string(rule), Message: string(rule)}
					if fix, ok := keyfix.For(rule, key, gen); ok {
						d.SuggestedFixes = []analysis.SuggestedFix{fix}
					}
					pass.Report(d)
					return true
				})
			}
			return nil, nil
		},
	}
}

func TestFor(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), testAnalyzer(), "a")
}

func TestForOtherRules(t *testing.T) {
	lit := &ast.BasicLit{Kind: token.STRING, Value: `"X"`}
	if _, ok := keyfix.For(validate.IdentityName, lit, nil); ok {
		t.Error("For(identity-name) offered a key fix")
	}
	// Already lower case: nothing to fix.
	if _, ok := keyfix.For(validate.IdentityKeyCanonical, &ast.BasicLit{Kind: token.STRING, Value: `"x"`}, nil); ok {
		t.Error("For(identity-key-canonical) offered a fix for a lower-case key")
	}
}

func TestNewUUID(t *testing.T) {
	v4 := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for range 100 {
		u := keyfix.NewUUID()
		if !v4.MatchString(u) {
			t.Fatalf("NewUUID() = %q, not a canonical version 4 UUID", u)
		}
		if seen[u] {
			t.Fatalf("NewUUID() returned %q twice", u)
		}
		seen[u] = true
	}
}

// TestForMessages checks that only the fix that generates a new key says it
// changes the identity.
func TestForMessages(t *testing.T) {
	gen := func() string { return "00000000-0000-4000-8000-000000000001" }
	cases := []struct {
		key, want, text string
		changes         bool
	}{
		{`"{5195FE85-EB3F-4121-84B0-BE72CBC5722F}"`, `"5195fe85-eb3f-4121-84b0-be72cbc5722f"`, "Write the key as the UUID it holds", false},
		{`"urn:uuid:5195fe85-eb3f-4121-84b0-be72cbc5722f"`, `"5195fe85-eb3f-4121-84b0-be72cbc5722f"`, "Write the key as the UUID it holds", false},
		{`"account"`, `"00000000-0000-4000-8000-000000000001"`, "Replace the key with a new random UUID", true},
	}
	for _, c := range cases {
		fix, ok := keyfix.For(validate.IdentityKey, &ast.BasicLit{Kind: token.STRING, Value: c.key}, gen)
		if !ok {
			t.Errorf("For(%s): no fix", c.key)
			continue
		}
		if got := string(fix.TextEdits[0].NewText); got != c.want {
			t.Errorf("For(%s) writes %s, want %s", c.key, got, c.want)
		}
		if !strings.HasPrefix(fix.Message, c.text) {
			t.Errorf("For(%s) message %q, want it to start %q", c.key, fix.Message, c.text)
		}
		if got := strings.Contains(fix.Message, "changes the key"); got != c.changes {
			t.Errorf("For(%s) message %q: says it changes the key: %v, want %v", c.key, fix.Message, got, c.changes)
		}
	}
}

// TestForNilUUID checks that the nil UUID, an identity-key finding and a
// message-type-id finding from dogma v0.16.0, is replaced by a new UUID: the
// UUID it holds is the fault.
func TestForNilUUID(t *testing.T) {
	gen := func() string { return "00000000-0000-4000-8000-000000000001" }
	for _, rule := range []validate.RuleID{validate.IdentityKey, validate.MessageTypeID} {
		lit := &ast.BasicLit{Kind: token.STRING, Value: `"` + validate.NilUUID + `"`}
		fix, ok := keyfix.For(rule, lit, gen)
		if !ok {
			t.Errorf("For(%s, nil UUID): no fix", rule)
			continue
		}
		if got, want := string(fix.TextEdits[0].NewText), `"00000000-0000-4000-8000-000000000001"`; got != want {
			t.Errorf("For(%s, nil UUID) writes %s, want %s", rule, got, want)
		}
	}
}
