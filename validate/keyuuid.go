package validate

import "strings"

// HeldUUID returns the canonical form of the UUID that a key which is not an
// RFC 4122 UUID in configkit's syntax still holds, so that a fix can keep the
// key's identity: the key trimmed of surrounding white space, in braces
// ("{...}"), after a "urn:uuid:" prefix (in any case), or as 32 hexadecimal
// digits without hyphens, or a key with exactly one hyphenated UUID among
// other text. ok is false when the key holds no UUID, or more than one
// different UUID, and for a key that already is a UUID (see CanonicalKey).
func HeldUUID(k string) (canonical string, ok bool) {
	if _, ok := CanonicalKey(k); ok {
		return "", false
	}
	s := strings.TrimSpace(k)
	if len(s) >= len("urn:uuid:") && strings.EqualFold(s[:len("urn:uuid:")], "urn:uuid:") {
		s = s[len("urn:uuid:"):]
	}
	if len(s) >= 2 && s[0] == '{' && s[len(s)-1] == '}' {
		s = s[1 : len(s)-1]
	}
	if c, ok := CanonicalKey(s); ok {
		return c, true
	}
	if len(s) == 32 && allHex(s) {
		return CanonicalKey(s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32])
	}
	// A hyphenated UUID among other text: take it only when it is the only
	// one (several spellings of one UUID count once).
	found := ""
	for i := 0; i+36 <= len(k); i++ {
		c, ok := CanonicalKey(k[i : i+36])
		if !ok {
			continue
		}
		if found != "" && found != c {
			return "", false
		}
		found = c
		i += 35
	}
	return found, found != ""
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return true
}
