package validate_test

import (
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// withIdentity is a valid integration whose identity is (n, k).
func withIdentity(n, k string) *integration {
	return &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Identity(n, k)
		c.Routes(dogma.HandlesCommand[command[tagA]]())
	}}
}

// appWithIdentity is an application with only an identity, which is valid
// (R21).
func appWithIdentity(n, k string) *app {
	return &app{configure: func(c dogma.ApplicationConfigurer) { c.Identity(n, k) }}
}

var identityNameCases = []struct {
	desc string
	name string
	want []validate.RuleID
}{
	{"ascii", "foo-bar", nil},
	{"unicode emoji", "😀", nil},
	{"accented letters", "ünïcödé", nil},
	{"punctuation and symbols", "a.b/c:d@e+f", nil},
	{"255 bytes", strings.Repeat("x", 255), nil},
	{"255 bytes of 3-byte runes", strings.Repeat("€", 85), nil},
	{"empty", "", []validate.RuleID{validate.IdentityName}},
	{"newline", "\n", []validate.RuleID{validate.IdentityName}},
	{"space", " ", []validate.RuleID{validate.IdentityName}},
	{"inner space", "a b", []validate.RuleID{validate.IdentityName}},
	{"tab space newline", "\t \n", []validate.RuleID{validate.IdentityName}},
	{"zero-width space", "\u200B", []validate.RuleID{validate.IdentityName}},
	{"no-break space", "a\u00a0b", []validate.RuleID{validate.IdentityName}},
	{"soft hyphen (format character)", "a\u00adb", []validate.RuleID{validate.IdentityName}},
	{"delete control character", "a\x7fb", []validate.RuleID{validate.IdentityName}},
	{"256 bytes", strings.Repeat("x", 256), []validate.RuleID{validate.IdentityNameLength}},
	{"128 two-byte runes (256 bytes)", strings.Repeat("é", 128), []validate.RuleID{validate.IdentityNameLength}},
	{"invalid UTF-8", "a\xffb", []validate.RuleID{validate.IdentityNameUTF8}},
	{"truncated UTF-8 sequence", "a\xe2\x82", []validate.RuleID{validate.IdentityNameUTF8}},
	{"long invalid UTF-8", strings.Repeat("\xff", 300), []validate.RuleID{validate.IdentityNameLength, validate.IdentityNameUTF8}},
	{"long with spaces", strings.Repeat("a ", 200), []validate.RuleID{validate.IdentityName, validate.IdentityNameLength}},
}

var identityKeyCases = []struct {
	desc string
	key  string
	want []validate.RuleID
}{
	{"lowercase", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", nil},
	{"nil UUID (no version check)", "00000000-0000-0000-0000-000000000000", nil},
	{"version 1 (no version check)", "c232ab00-9414-11ec-b3c8-9f68deced846", nil},
	{"uppercase", "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D", []validate.RuleID{validate.IdentityKeyCanonical}},
	{"mixed case", "a0b1c2d3-E4F5-4a6b-8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKeyCanonical}},
	{"empty string", "", []validate.RuleID{validate.IdentityKey}},
	{"whitespace", "\t \n", []validate.RuleID{validate.IdentityKey}},
	{"too short", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4", []validate.RuleID{validate.IdentityKey}},
	{"too long", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d0", []validate.RuleID{validate.IdentityKey}},
	{"no hyphens", "a0b1c2d3e4f54a6b8c7d9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"no hyphen at position 8", "a0b1c2d3xe4f5-4a6b-8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"no hyphen at position 13", "a0b1c2d3-e4f5x4a6b-8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"no hyphen at position 18", "a0b1c2d3-e4f5-4a6bx8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"no hyphen at position 23", "a0b1c2d3-e4f5-4a6b-8c7dx9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"non-hex character", "g0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"braces", "{a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d}", []validate.RuleID{validate.IdentityKey}},
	{"urn prefix", "urn:uuid:a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", []validate.RuleID{validate.IdentityKey}},
	{"leading space", " a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4", []validate.RuleID{validate.IdentityKey}},
	{"a name", "account", []validate.RuleID{validate.IdentityKey}},
}

func TestIdentityName(t *testing.T) {
	for _, c := range identityNameCases {
		t.Run(c.desc, func(t *testing.T) {
			expectRules(t, validate.Integration(withIdentity(c.name, intKey)), c.want...)
			expectRules(t, validate.Application(appWithIdentity(c.name, appKey)), c.want...)
		})
	}
}

func TestIdentityKey(t *testing.T) {
	for _, c := range identityKeyCases {
		t.Run(c.desc, func(t *testing.T) {
			expectRules(t, validate.Integration(withIdentity("integration", c.key)), c.want...)
			expectRules(t, validate.Application(appWithIdentity("app", c.key)), c.want...)
		})
	}
}

func TestIdentityNameAndKeyBothInvalid(t *testing.T) {
	// configkit reports only the name; dogmavet reports both.
	expectRules(t, validate.Integration(withIdentity("\t \n", "\t \n")), validate.IdentityName, validate.IdentityKey)
}

func TestIdentityMessages(t *testing.T) {
	cases := []struct{ name, key, want string }{
		{"a b", intKey, `handler name "a b" contains whitespace; use only printable, non-space characters`},
		{"", intKey, `handler name is empty; use a non-empty name of printable, non-space characters`},
		{"a\u200bb", intKey, `handler name "a\u200bb" contains the non-printable character U+200B; use only printable, non-space characters`},
		{"a\u00a0b", intKey, `handler name "a\u00a0b" contains whitespace (U+00A0); use only printable, non-space characters`},
		{"a\xffb", intKey, `handler name "a\xffb" is not valid UTF-8; use only printable, non-space UTF-8 characters`},
		{strings.Repeat("x", 300), intKey, `handler name "xxxxxxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxxxxxxxxxxxx" is 300 bytes long; use at most 255 bytes`},
		{"i", "nope", `handler key "nope" is not an RFC 4122 UUID (4 bytes, want 36); use a random UUID such as uuidgen prints, in lower case`},
		{"i", "{" + strings.ToUpper(intKey) + "}", `handler key "{1E4E8E67-7F4E-4C1A-BF4E-EC3B4B1F0B55}" is not an RFC 4122 UUID (38 bytes, want 36); write the UUID it holds in canonical form, "1e4e8e67-7f4e-4c1a-bf4e-ec3b4b1f0b55"`},
		{"i", "urn:uuid:" + intKey, `handler key "urn:uuid:1e4e8e67-7f4e-4c1a-bf4e-ec3b4b1f0b55" is not an RFC 4122 UUID (45 bytes, want 36); write the UUID it holds in canonical form, "1e4e8e67-7f4e-4c1a-bf4e-ec3b4b1f0b55"`},
		{"i", strings.ToUpper(intKey), `handler key "1E4E8E67-7F4E-4C1A-BF4E-EC3B4B1F0B55" is not in canonical form; use "1e4e8e67-7f4e-4c1a-bf4e-ec3b4b1f0b55"`},
	}
	for _, c := range cases {
		ps := validate.Integration(withIdentity(c.name, c.key))
		if len(ps) != 1 || ps[0].Message != c.want {
			t.Errorf("Identity(%q, %q):\ngot  %s\nwant %s", c.name, c.key, dump(ps), c.want)
		}
	}
}

func TestIdentityKeyCanonicalIsWarning(t *testing.T) {
	ps := validate.Integration(withIdentity("i", strings.ToUpper(intKey)))
	if len(ps) != 1 || ps[0].Severity != validate.Warning {
		t.Fatalf("want one warning, got:\n%s", dump(ps))
	}
}

func TestIdentityMissingAndMultiple(t *testing.T) {
	routesOnly := &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Routes(dogma.HandlesCommand[command[tagA]]())
	}}
	expectRules(t, validate.Integration(routesOnly), validate.IdentityMissing)

	twice := &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Identity("integration", intKey)
		c.Routes(dogma.HandlesCommand[command[tagA]]())
		c.Identity("integration", intKey) // identical values still count
	}}
	expectRules(t, validate.Integration(twice), validate.IdentityMultiple)

	thrice := &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Identity("a", intKey)
		c.Identity("b", intKey)
		c.Identity("c", intKey)
		c.Routes(dogma.HandlesCommand[command[tagA]]())
	}}
	ps := validate.Integration(thrice)
	if len(ps) != 2 {
		t.Fatalf("want one problem per extra call, got:\n%s", dump(ps))
	}
	if want := `Identity is called again (with "b", "` + intKey + `") after "a", "` + intKey + `"; call it exactly once`; ps[0].Message != want {
		t.Errorf("got %q, want %q", ps[0].Message, want)
	}

	expectRules(t, validate.Application(&app{}), validate.IdentityMissing)
	appTwice := &app{configure: func(c dogma.ApplicationConfigurer) {
		c.Identity("app", appKey)
		c.Identity("app2", appKey)
	}}
	expectRules(t, validate.Application(appTwice), validate.IdentityMultiple)
}

func TestCanonicalKey(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", true},
		{"a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", true},
		{"a0b1c2d3e4f54a6b8c7d9e0f1a2b3c4d", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := validate.CanonicalKey(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("CanonicalKey(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestHeldUUID(t *testing.T) {
	const u = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"{" + u + "}", u, true},
		{"{A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D}", u, true},
		{"urn:uuid:" + u, u, true},
		{"URN:UUID:A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D", u, true},
		{"urn:uuid:{" + u + "}", u, true},
		{"  " + u + "\n", u, true},
		{"a0b1c2d3e4f54a6b8c7d9e0f1a2b3c4d", u, true},
		{"account-" + u, u, true},
		{u + "/" + strings.ToUpper(u), u, true},
		// Look-alikes: a UUID already (CanonicalKey's business), no UUID,
		// two different UUIDs, 31 or 33 digits.
		{u, "", false},
		{strings.ToUpper(u), "", false},
		{"account", "", false},
		{"", "", false},
		{"{" + u, "", true},
		{u + " " + "b0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "", false},
		{"a0b1c2d3e4f54a6b8c7d9e0f1a2b3c4", "", false},
		{"a0b1c2d3e4f54a6b8c7d9e0f1a2b3c4dd", "", false},
		{"{a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4g}", "", false},
	}
	for _, c := range cases {
		want := c.want
		if c.ok && want == "" {
			want = u
		}
		got, ok := validate.HeldUUID(c.in)
		if got != want || ok != c.ok {
			t.Errorf("HeldUUID(%q) = %q, %v; want %q, %v", c.in, got, ok, want, c.ok)
		}
	}
}
