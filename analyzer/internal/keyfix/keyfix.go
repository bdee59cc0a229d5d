// Package keyfix builds the suggested fixes for identity keys and message
// type registry IDs. A fix never
// changes which UUID a key is when the key holds one: a UUID in upper or
// mixed case becomes lower case (identity-key-canonical), and a key that is
// not an RFC 4122 UUID but holds one, such as "{uuid}", "urn:uuid:uuid", 32
// digits without hyphens or a UUID among other text, becomes that UUID in
// canonical form (identity-key). Only a key that holds no UUID at all is
// replaced by a freshly generated random UUID, and that fix's message says
// that it changes the key, and so the identity of the handler or
// application: an engine sees a new entity, with none of the old one's
// state. A registry ID that dogma rejects (message-type-id) is fixed in the
// same way, to the UUID it holds or else a new one; the new one changes
// nothing stored, since dogma panics before any message of the type exists.
//
// Only a key written as a string literal in the Identity call is fixed; a
// key that comes from a named constant or any other expression is left to
// the user, because changing the constant could change other identities.
package keyfix

import (
	"crypto/rand"
	"encoding/hex"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dogmavet/dogmavet/validate"
)

// Generator returns a new random key. Tests inject a fixed one, as a golden
// file cannot pin random output.
type Generator func() string

// NewUUID returns a random (version 4, RFC 4122 variant) UUID in canonical
// lower-case form. It reads crypto/rand, which never fails since Go 1.24.
func NewUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// For returns the fix for a finding of rule (validate.IdentityKey,
// validate.IdentityKeyCanonical or validate.MessageTypeID) about the key or
// ID argument key. gen makes the
// replacement for an invalid key; nil means NewUUID. ok is false when the
// rule has no key fix or key is not a string literal.
func For(rule validate.RuleID, key ast.Expr, gen Generator) (fix analysis.SuggestedFix, ok bool) {
	lit, value, ok := stringLit(key)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var replacement, msg string
	switch rule {
	case validate.IdentityKeyCanonical:
		replacement = strings.ToLower(value)
		if replacement == value {
			return analysis.SuggestedFix{}, false
		}
		msg = "Write the key in lower case"
	case validate.IdentityKey:
		// The nil UUID holds itself, which is the fault (v0.16.0 on): only a
		// new key fixes it.
		if u, ok := validate.HeldUUID(value); ok && u != validate.NilUUID {
			replacement = u
			msg = "Write the key as the UUID it holds, in canonical form"
			break
		}
		if gen == nil {
			gen = NewUUID
		}
		replacement = gen()
		msg = "Replace the key with a new random UUID; this changes the key, and so the identity of its handler or application"
	case validate.MessageTypeID:
		// dogma panics on the ID when the type is registered, so no engine
		// has stored a message under it: a new UUID loses nothing. One the
		// ID already holds is kept all the same, as the author meant it,
		// unless it is the nil UUID, which is the fault.
		if u, ok := validate.HeldUUID(value); ok && u != validate.NilUUID {
			replacement = u
			msg = "Write the ID as the UUID it holds, in canonical form"
			break
		}
		if gen == nil {
			gen = NewUUID
		}
		replacement = gen()
		msg = "Replace the ID with a new random UUID"
	default:
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message: msg,
		TextEdits: []analysis.TextEdit{{
			Pos:     lit.Pos(),
			End:     lit.End(),
			NewText: []byte(quoteLike(lit, replacement)),
		}},
	}, true
}

// stringLit returns key as a string literal and its value.
func stringLit(key ast.Expr) (*ast.BasicLit, string, bool) {
	lit, ok := ast.Unparen(key).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil, "", false
	}
	v, err := strconv.Unquote(lit.Value)
	if err != nil {
		return nil, "", false
	}
	return lit, v, true
}

// quoteLike quotes s as lit is quoted, keeping a raw string raw.
func quoteLike(lit *ast.BasicLit, s string) string {
	if strings.HasPrefix(lit.Value, "`") && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
