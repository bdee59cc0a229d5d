package validate

// KeyRules are the rules a UUID that identifies something (an identity key,
// a message type registry ID) follows. They changed with the API generation,
// so a front end passes the rules of the program's dogma: RFC4122Keys for
// v0.15.x, RFC9562Keys from v0.16.0. The syntax is the same in both: 36
// bytes, hyphens at bytes 8, 13, 18 and 23, hexadecimal digits elsewhere,
// either case, no version or variant check (uuidSyntaxError). Whatever the
// rules, dogmavet compares two UUIDs by their canonical form (CanonicalKey).
type KeyRules struct {
	// CaseInsensitive: the value is "a canonical RFC 9562 UUID string … and
	// is case-insensitive" (dogma v0.16.0 on, handler.go, application.go and
	// messagetyperegistry.go), so upper-case hex is another spelling of the
	// same UUID, not a defect. Without it (v0.15.x: "k MUST be an RFC 4122
	// UUID"), upper case is merely not canonical.
	CaseInsensitive bool

	// NilRejected: the nil UUID is not a valid value. dogma's normalizeUUID
	// (uuid.go, from v0.16.0) panics on it: "the \"nil\" UUID is not
	// supported". configkit, with dogma v0.15.0, accepts it.
	NilRejected bool
}

var (
	// RFC4122Keys are the key rules of dogma v0.15.x, as configkit v0.16.0
	// enforces them: any case is accepted, lower case is canonical, the nil
	// UUID passes. The live front end, which runs on v0.15.0, uses them.
	RFC4122Keys = KeyRules{}

	// RFC9562Keys are the rules from dogma v0.16.0 on: case-insensitive, and
	// the nil UUID is rejected. Every generation with a message type
	// registry checks registry IDs by them.
	RFC9562Keys = KeyRules{CaseInsensitive: true, NilRejected: true}
)

// NilUUID is the nil UUID, all zeros, which dogma v0.16.0 on rejects.
const NilUUID = "00000000-0000-0000-0000-000000000000"

// KeyFault is what is wrong with a UUID value under some KeyRules. For an
// identity key, KeyNotUUID and KeyNil are identity-key and KeyNotCanonical
// is identity-key-canonical; for a registry ID, KeyNotUUID and KeyNil are
// message-type-id.
type KeyFault int

const (
	// KeyValid: nothing is wrong.
	KeyValid KeyFault = iota

	// KeyNotUUID: the value does not have the syntax of a UUID.
	KeyNotUUID

	// KeyNil: the value is the nil UUID and the rules reject it.
	KeyNil

	// KeyNotCanonical: the value is a UUID written with upper-case hex where
	// the rules are not case-insensitive.
	KeyNotCanonical
)

// Judge returns the fault of the value k under the rules r. For KeyNotUUID,
// why says which byte is wrong, in the words identity-key uses; for
// KeyNotCanonical, canonical is the form to use.
func (r KeyRules) Judge(k string) (fault KeyFault, why, canonical string) {
	if why := uuidSyntaxError(k); why != "" {
		return KeyNotUUID, why, ""
	}
	c, _ := CanonicalKey(k)
	switch {
	case r.NilRejected && c == NilUUID:
		return KeyNil, "", ""
	case !r.CaseInsensitive && c != k:
		return KeyNotCanonical, "", c
	}
	return KeyValid, "", ""
}
