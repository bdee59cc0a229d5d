package validate_test

import (
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// TestRFC4122KeysAgreeWithIdentityRules checks that the v0.15.x key rules
// judge every key case of the identity tests as identity-key and
// identity-key-canonical do, so handler keys can move to KeyRules without a
// change in findings.
func TestRFC4122KeysAgreeWithIdentityRules(t *testing.T) {
	for _, c := range identityKeyCases {
		fault, why, canonical := validate.RFC4122Keys.Judge(c.key)
		var want validate.KeyFault
		switch {
		case len(c.want) == 0:
			want = validate.KeyValid
		case c.want[0] == validate.IdentityKey:
			want = validate.KeyNotUUID
		case c.want[0] == validate.IdentityKeyCanonical:
			want = validate.KeyNotCanonical
		}
		if fault != want {
			t.Errorf("%s: Judge(%q) = %d, want %d (identity rules report %v)", c.desc, c.key, fault, want, c.want)
		}
		if (fault == validate.KeyNotUUID) != (why != "") || (fault == validate.KeyNotCanonical) != (canonical != "") {
			t.Errorf("%s: Judge(%q) = %d, %q, %q: why and canonical do not match the fault", c.desc, c.key, fault, why, canonical)
		}
	}
}

func TestKeyRulesByGeneration(t *testing.T) {
	const lower = "6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41"
	cases := []struct {
		desc     string
		key      string
		v15, v16 validate.KeyFault
	}{
		{"lower case", lower, validate.KeyValid, validate.KeyValid},
		{"upper case", "6C1F4A0E-9B1D-4A53-8F0E-2D7C9A3B5E41", validate.KeyNotCanonical, validate.KeyValid},
		{"mixed case", "6c1f4a0e-9B1D-4a53-8f0e-2d7c9a3b5e41", validate.KeyNotCanonical, validate.KeyValid},
		{"nil UUID", validate.NilUUID, validate.KeyValid, validate.KeyNil},
		// Only the all-zero UUID is nil; the max UUID and one non-zero digit
		// are not.
		{"one digit off nil", "00000000-0000-0000-0000-000000000001", validate.KeyValid, validate.KeyValid},
		{"max UUID", "ffffffff-ffff-ffff-ffff-ffffffffffff", validate.KeyValid, validate.KeyValid},
		{"nil UUID without hyphens", "00000000000000000000000000000000", validate.KeyNotUUID, validate.KeyNotUUID},
		{"braces", "{" + lower + "}", validate.KeyNotUUID, validate.KeyNotUUID},
		{"urn prefix", "urn:uuid:" + lower, validate.KeyNotUUID, validate.KeyNotUUID},
		{"upper-case urn prefix", "URN:UUID:" + lower, validate.KeyNotUUID, validate.KeyNotUUID},
		{"trailing newline", lower + "\n", validate.KeyNotUUID, validate.KeyNotUUID},
		{"a name", "account-opened", validate.KeyNotUUID, validate.KeyNotUUID},
		{"empty", "", validate.KeyNotUUID, validate.KeyNotUUID},
	}
	for _, c := range cases {
		if got, _, _ := validate.RFC4122Keys.Judge(c.key); got != c.v15 {
			t.Errorf("%s: RFC4122Keys.Judge(%q) = %d, want %d", c.desc, c.key, got, c.v15)
		}
		if got, _, _ := validate.RFC9562Keys.Judge(c.key); got != c.v16 {
			t.Errorf("%s: RFC9562Keys.Judge(%q) = %d, want %d", c.desc, c.key, got, c.v16)
		}
	}
	// Each option acts on its own.
	if got, _, _ := (validate.KeyRules{NilRejected: true}).Judge("6C1F4A0E-9B1D-4A53-8F0E-2D7C9A3B5E41"); got != validate.KeyNotCanonical {
		t.Errorf("NilRejected alone: upper case is %d, want KeyNotCanonical", got)
	}
	if got, _, _ := (validate.KeyRules{CaseInsensitive: true}).Judge(validate.NilUUID); got != validate.KeyValid {
		t.Errorf("CaseInsensitive alone: the nil UUID is %d, want KeyValid", got)
	}
	if _, _, c := validate.RFC4122Keys.Judge("6C1F4A0E-9B1D-4A53-8F0E-2D7C9A3B5E41"); c != lower {
		t.Errorf("canonical form %q, want %q", c, lower)
	}
}

// FuzzKeyRules checks that Judge never panics, that both generations agree
// with CanonicalKey on what is a UUID, and how they differ on the rest.
func FuzzKeyRules(f *testing.F) {
	for _, c := range identityKeyCases {
		f.Add(c.key)
	}
	f.Add(validate.NilUUID)
	f.Add("00000000-0000-0000-0000-00000000000G")
	f.Fuzz(func(t *testing.T, k string) {
		v15, _, _ := validate.RFC4122Keys.Judge(k)
		v16, _, _ := validate.RFC9562Keys.Judge(k)
		_, ok := validate.CanonicalKey(k)
		if (v15 != validate.KeyNotUUID) != ok || (v16 != validate.KeyNotUUID) != ok {
			t.Fatalf("%q: Judge says %d, %d; CanonicalKey says %v", k, v15, v16, ok)
		}
		// v0.16.0 on accepts every spelling v0.15.x calls canonical, except
		// the nil UUID; v0.15.x accepts the nil UUID.
		if v15 == validate.KeyValid && v16 != validate.KeyValid && v16 != validate.KeyNil {
			t.Fatalf("%q: valid under RFC4122Keys, %d under RFC9562Keys", k, v16)
		}
		if v16 == validate.KeyNil && v15 != validate.KeyValid {
			t.Fatalf("%q: the nil UUID is %d under RFC4122Keys", k, v15)
		}
	})
}
