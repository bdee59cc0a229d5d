// Package msgs declares message types and registers them at start-up, as
// real code does; some registrations break the registry's rules.
package msgs

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string     { return "" }
func (*base) MarshalBinary() ([]byte, error) { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error { return nil }

type command struct{ base }

func (*command) Validate(dogma.CommandValidationScope) error { return nil }

type event struct{ base }

func (*event) Validate(dogma.EventValidationScope) error { return nil }

type (
	OpenAccount   struct{ command }
	CloseAccount  struct{ command }
	AccountOpened struct{ event }
	AccountClosed struct{ event }
	Copied        struct{ event }
	NotAUUID      struct{ event }
	NilID         struct{ event }
	UpperCase     struct{ event }
	Unregistered  struct{ event }
)

const closeID = "e2ad85af-aa4e-4ba5-8559-6da84ab4469e"

func init() {
	dogma.RegisterCommand[*OpenAccount]("cd6ebca3-f602-4287-890c-4b834fe5c019")
	dogma.RegisterCommand[*CloseAccount](closeID) // a constant is followed
	dogma.RegisterEvent[*AccountOpened]("03e3831f-9ab3-4e2d-af5b-cda46e9d0dd6")
	dogma.RegisterEvent[*AccountClosed]("076e60a2-e6b4-4358-84e8-2e4860232e04")
	dogma.RegisterEvent[*Copied]("03E3831F-9AB3-4E2D-AF5B-CDA46E9D0DD6")        // want `registry ID "03E3831F-9AB3-4E2D-AF5B-CDA46E9D0DD6" \(the same UUID as "03e3831f-9ab3-4e2d-af5b-cda46e9d0dd6"\) of \*msgs.Copied is already the ID of \*msgs.AccountOpened`
	dogma.RegisterEvent[*NotAUUID]("account-opened")                            // want `registry ID "account-opened" of \*msgs.NotAUUID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[*NilID]("00000000-0000-0000-0000-000000000000")         // want `registry ID "00000000-0000-0000-0000-000000000000" of \*msgs.NilID is the nil UUID`
	dogma.RegisterEvent[*UpperCase]("93249457-A22B-49A2-836B-20E87921F3EA")     // upper case is the same UUID: no finding
	dogma.RegisterEvent[*AccountClosed]("3639f35a-7281-41ca-b686-9ae0ce13b55d") // want `\*msgs.AccountClosed is registered again, with ID "3639f35a-7281-41ca-b686-9ae0ce13b55d" after "076e60a2-e6b4-4358-84e8-2e4860232e04"`
}
