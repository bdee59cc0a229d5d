// Package fixes holds registry IDs that dogma rejects, each with the fix
// dogmavet offers: the UUID a braced or prefixed ID holds, a new UUID for
// one that holds none (nothing was ever stored under it, since dogma panics
// on it), and no fix for an ID from a constant, which other code may use.
package fixes

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Braced   struct{ base }
	Prefixed struct{ base }
	Named    struct{ base }
	Nil      struct{ base }
	Constant struct{ base }
)

const constantID = "constant"

func init() {
	dogma.RegisterEvent[*Braced]("{08CF55E7-2955-4626-9804-1D62CBEE03D3}")          // want `registry ID "\{08CF55E7-2955-4626-9804-1D62CBEE03D3\}" of \*fixes.Braced is not an RFC 9562 UUID`
	dogma.RegisterEvent[*Prefixed]("urn:uuid:bce287fc-bebe-4f44-8162-90ec7f7cdea9") // want `registry ID "urn:uuid:bce287fc-bebe-4f44-8162-90ec7f7cdea9" of \*fixes.Prefixed is not an RFC 9562 UUID`
	dogma.RegisterEvent[*Named]("named")                                            // want `registry ID "named" of \*fixes.Named is not an RFC 9562 UUID`
	dogma.RegisterEvent[*Nil]("00000000-0000-0000-0000-000000000000")               // want `registry ID "00000000-0000-0000-0000-000000000000" of \*fixes.Nil is the nil UUID`
	dogma.RegisterEvent[*Constant](constantID)                                      // want `registry ID "constant" of \*fixes.Constant is not an RFC 9562 UUID`
}
