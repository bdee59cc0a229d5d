package validate_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dogmatiq/configkit"
	"github.com/dogmavet/dogmavet/validate"
)

// Oracles for the identity rules, written differently from the rule book:
// regular expressions over Unicode categories and a byte-level UTF-8
// decoder. A name character is valid when it is printable and not a space,
// i.e. a letter, mark, number, punctuation or symbol. Go's regexp decodes an
// invalid byte as U+FFFD (a symbol), as configkit's range loop does.
var (
	oracleNameChars = regexp.MustCompile(`^[\p{L}\p{M}\p{N}\p{P}\p{S}]+$`)
	oracleUUID      = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

// oracleUTF8 checks UTF-8 validity byte by byte (RFC 3629, table 3-7 of
// the Unicode standard): no overlong forms, no surrogates, nothing above
// U+10FFFF.
func oracleUTF8(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		var n int
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case b < 0x80:
			i++
			continue
		case b >= 0xC2 && b <= 0xDF:
			n = 1
		case b == 0xE0:
			n, lo = 2, 0xA0
		case b == 0xED:
			n, hi = 2, 0x9F
		case b >= 0xE1 && b <= 0xEF:
			n = 2
		case b == 0xF0:
			n, lo = 3, 0x90
		case b == 0xF4:
			n, hi = 3, 0x8F
		case b >= 0xF1 && b <= 0xF3:
			n = 3
		default:
			return false
		}
		if i+n >= len(s) { // truncated sequence
			return false
		}
		if s[i+1] < lo || s[i+1] > hi {
			return false
		}
		for j := 2; j <= n; j++ {
			if s[i+j] < 0x80 || s[i+j] > 0xBF {
				return false
			}
		}
		i += n + 1
	}
	return true
}

func oracleIdentityRules(name, key string) map[validate.RuleID]bool {
	want := map[validate.RuleID]bool{}
	if !oracleNameChars.MatchString(name) {
		want[validate.IdentityName] = true
	}
	if len(name) > 255 {
		want[validate.IdentityNameLength] = true
	}
	if !oracleUTF8(name) {
		want[validate.IdentityNameUTF8] = true
	}
	switch {
	case !oracleUUID.MatchString(key):
		want[validate.IdentityKey] = true
	case strings.ContainsAny(key, "ABCDEF"):
		want[validate.IdentityKeyCanonical] = true
	}
	return want
}

func FuzzIdentity(f *testing.F) {
	f.Add("foo-bar", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	f.Add("a b", "5195FE85-EB3F-4121-84B0-BE72CBC5722F")
	f.Fuzz(func(t *testing.T, name, key string) {
		h := &validate.Handler{
			Kind:               validate.ProjectionHandler,
			GoType:             "*p.P",
			Identities:         []validate.Identity{{Name: name, Key: key, NameKnown: true, KeyKnown: true}},
			IdentitiesComplete: true,
			RoutesComplete:     true,
			Routes: []validate.Route{{Kind: validate.HandlesEventRoute, Type: &validate.MessageType{
				Name: "p.E", Implements: validate.KindsOf(validate.Event), PointerImplements: validate.KindsOf(validate.Event),
			}}},
		}
		got := map[validate.RuleID]bool{}
		for _, p := range validate.CheckHandler(h) {
			got[p.Rule] = true
			if p.Message == "" || strings.HasSuffix(p.Message, ".") {
				t.Errorf("badly formed message %q", p.Message)
			}
		}
		want := oracleIdentityRules(name, key)
		for id := range want {
			if !got[id] {
				t.Errorf("Identity(%q, %q): %s not reported", name, key, id)
			}
		}
		for id := range got {
			if !want[id] {
				t.Errorf("Identity(%q, %q): %s reported, the oracle disagrees", name, key, id)
			}
		}

		// configkit is a second oracle for the rules it implements.
		if ck := configkit.ValidateIdentityName(name) != nil; ck != got[validate.IdentityName] {
			t.Errorf("name %q: configkit rejects %v, identity-name %v", name, ck, got[validate.IdentityName])
		}
		if ck := configkit.ValidateIdentityKey(key) != nil; ck != got[validate.IdentityKey] {
			t.Errorf("key %q: configkit rejects %v, identity-key %v", key, ck, got[validate.IdentityKey])
		}
		if c, ok := validate.CanonicalKey(key); ok != !got[validate.IdentityKey] || ok && c != strings.ToLower(key) {
			t.Errorf("CanonicalKey(%q) = %q, %v", key, c, ok)
		}
	})
}
