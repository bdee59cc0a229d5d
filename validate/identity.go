package validate

import (
	"fmt"
	"go/token"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// MaxNameBytes is the longest name dogma allows: "It must be between 1 and
// 255 bytes (not characters) in length."
const MaxNameBytes = 255

// checkIdentities applies the identity rules (R1-R4, D1-D3) to the
// Identity() calls of one entity. what is "handler" or "application" and
// prefixes the value in messages; keys are the rules of the program's dogma.
func checkIdentities(entity, what string, ids []Identity, complete bool, keys KeyRules, pos token.Pos) []Problem {
	var ps []Problem
	add := func(id RuleID, p token.Pos, format string, args ...any) {
		ps = append(ps, newProblem(id, entity, p, fmt.Sprintf(format, args...)))
	}

	if len(ids) == 0 && complete {
		add(IdentityMissing, pos,
			"Configure does not call Identity; call c.Identity(name, key) exactly once, with a unique name and a random UUID key")
	}

	for i, id := range ids {
		if i > 0 {
			p := newProblem(IdentityMultiple, entity, id.Pos, fmt.Sprintf(
				"Identity is called again (with %s, %s) after %s, %s; call it exactly once",
				knownValue(id.Name, id.NameKnown), knownValue(id.Key, id.KeyKnown),
				knownValue(ids[0].Name, ids[0].NameKnown), knownValue(ids[0].Key, ids[0].KeyKnown)))
			p.Related = []Related{{Pos: ids[0].Pos, Message: "first call to Identity"}}
			ps = append(ps, p)
		}
		if id.NameKnown {
			for _, np := range nameProblems(what, id.Name) {
				add(np.rule, firstPos(id.NamePos, id.Pos), "%s", np.msg)
			}
		}
		if id.KeyKnown {
			if msg, rule := keyProblem(what, id.Key, keys); msg != "" {
				add(rule, firstPos(id.KeyPos, id.Pos), "%s", msg)
			}
		}
	}
	return ps
}

// knownValue quotes a known identity argument and describes an unknown one.
func knownValue(v string, known bool) string {
	if !known {
		return "a non-constant value"
	}
	return strconv.Quote(v)
}

type ruleMessage struct {
	rule RuleID
	msg  string
}

// nameProblems returns every identity-name* violation of name n.
func nameProblems(what, n string) []ruleMessage {
	var ms []ruleMessage
	if msg := nameCharProblem(n); msg != "" {
		ms = append(ms, ruleMessage{IdentityName, fmt.Sprintf("%s name %s", what, msg)})
	}
	if len(n) > MaxNameBytes {
		ms = append(ms, ruleMessage{IdentityNameLength, fmt.Sprintf(
			"%s name %s is %d bytes long; use at most %d bytes", what, quoteShort(n), len(n), MaxNameBytes)})
	}
	if !utf8.ValidString(n) {
		ms = append(ms, ruleMessage{IdentityNameUTF8, fmt.Sprintf(
			"%s name %s is not valid UTF-8; use only printable, non-space UTF-8 characters", what, quoteShort(n))})
	}
	return ms
}

// nameCharProblem checks the rule configkit enforces (R3): non-empty, and
// every rune printable and not a space. Invalid UTF-8 decodes to U+FFFD,
// which is printable, exactly as configkit sees it; D2 reports it instead.
func nameCharProblem(n string) string {
	if n == "" {
		return "is empty; use a non-empty name of printable, non-space characters"
	}
	for _, r := range n {
		switch {
		case r == ' ':
			return quoteShort(n) + " contains whitespace; use only printable, non-space characters"
		case unicode.IsSpace(r):
			return fmt.Sprintf("%s contains whitespace (%U); use only printable, non-space characters", quoteShort(n), r)
		case !unicode.IsPrint(r):
			return fmt.Sprintf("%s contains the non-printable character %U; use only printable, non-space characters", quoteShort(n), r)
		}
	}
	return ""
}

// keyProblem returns the identity-key or identity-key-canonical violation of
// key k under the rules keys, if any.
func keyProblem(what, k string, keys KeyRules) (string, RuleID) {
	fault, why, c := keys.Judge(k)
	switch fault {
	case KeyNotUUID:
		if u, ok := HeldUUID(k); ok {
			return fmt.Sprintf("%s key %s is not an RFC 4122 UUID (%s); write the UUID it holds in canonical form, %q",
				what, quoteShort(k), why, u), IdentityKey
		}
		return fmt.Sprintf("%s key %s is not an RFC 4122 UUID (%s); use a random UUID such as uuidgen prints, in lower case",
			what, quoteShort(k), why), IdentityKey
	case KeyNil:
		return fmt.Sprintf("%s key %q is the nil UUID, which dogma rejects; use a random UUID such as uuidgen prints, in lower case",
			what, k), IdentityKey
	case KeyNotCanonical:
		return fmt.Sprintf("%s key %q is not in canonical form; use %q", what, k, c), IdentityKeyCanonical
	}
	return "", ""
}

// uuidSyntaxError says why k is not a hyphenated hexadecimal UUID, the syntax
// configkit's parser accepts (either case, no version or variant check); it
// returns "" for a valid key.
func uuidSyntaxError(k string) string {
	if len(k) != 36 {
		return fmt.Sprintf("%d bytes, want 36", len(k))
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return fmt.Sprintf("byte %d is %q, want '-'", i, c)
			}
		default:
			if !isHex(c) {
				return fmt.Sprintf("byte %d is %q, want a hexadecimal digit", i, c)
			}
		}
	}
	return ""
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// CanonicalKey returns the canonical (lower-case) form of the UUID key k. ok
// is false when k is not a hyphenated hexadecimal UUID.
func CanonicalKey(k string) (canonical string, ok bool) {
	if uuidSyntaxError(k) != "" {
		return "", false
	}
	b := []byte(k)
	for i, c := range b {
		if 'A' <= c && c <= 'F' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b), true
}

// quoteShort Go-quotes s, eliding the middle of a long value (such as a
// name over 255 bytes) so that a message stays readable.
func quoteShort(s string) string { return quoteLimit(s, 56) }

// quoteLimit Go-quotes s, eliding its middle when it is longer than about
// max bytes.
func quoteLimit(s string, max int) string {
	keep := max / 2
	if len(s) <= max+8 {
		return strconv.Quote(s)
	}
	// Cut at rune boundaries so that valid UTF-8 stays readable.
	h, t := keep, len(s)-keep
	for h > 0 && !utf8.RuneStart(s[h]) {
		h--
	}
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	head, tail := s[:h], s[t:]
	q1, q2 := strconv.Quote(head), strconv.Quote(tail)
	return q1[:len(q1)-1] + "..." + q2[1:]
}

// firstPos returns the first valid position of ps.
func firstPos(ps ...token.Pos) token.Pos {
	for _, p := range ps {
		if p.IsValid() {
			return p
		}
	}
	return token.NoPos
}
