// Package identity tests the identity rules on dogma v0.17.0, whose keys are
// "a canonical RFC 9562 UUID string … and case-insensitive": an upper-case
// key is no defect (unlike v0.15.0), and the nil UUID is rejected (unlike
// v0.15.0).
package identity

import (
	"context"
	"strings"

	"github.com/dogmatiq/dogma"
)

type base struct{}

func (base) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

func routes(c dogma.IntegrationConfigurer) { c.Routes(dogma.HandlesCommand[*OpenAccount]()) }

type Missing struct{ base }

func (Missing) Configure(c dogma.IntegrationConfigurer) { // want `Configure does not call Identity`
	routes(c)
}

type Twice struct{ base }

func (Twice) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("twice", "64e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d01")
	c.Identity("twice", "64e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d01") // want `Identity is called again`
	routes(c)
}

// OnceEachBranch calls Identity once on every path: silent.
type OnceEachBranch struct {
	base
	alt bool
}

func (h OnceEachBranch) Configure(c dogma.IntegrationConfigurer) {
	if h.alt {
		c.Identity("alt", "74e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d02")
	} else {
		c.Identity("main", "74e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d02")
	}
	routes(c)
}

type SpaceName struct{ base }

func (SpaceName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("space name", "84e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d03") // want `handler name "space name" contains whitespace`
	routes(c)
}

type EmptyName struct{ base }

func (EmptyName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("", "94e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d04") // want `handler name is empty`
	routes(c)
}

// name255 is the longest name dogma allows.
var name255 = strings.Repeat("x", 255)

const name256 = "x123456789x123456789x123456789x123456789x123456789" +
	"x123456789x123456789x123456789x123456789x123456789" +
	"x123456789x123456789x123456789x123456789x123456789" +
	"x123456789x123456789x123456789x123456789x123456789" +
	"x123456789x123456789x123456789x123456789x123456789" + "x12345"

type LongName struct{ base }

func (LongName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(name256, "a4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d05") // want `is 256 bytes long; use at most 255 bytes`
	routes(c)
}

// NonConstantName is not a constant: silent.
type NonConstantName struct{ base }

func (NonConstantName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(name255, "b4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d06")
	routes(c)
}

type BadUTF8 struct{ base }

func (BadUTF8) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger\xff", "c4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d07") // want `is not valid UTF-8`
	routes(c)
}

// UnicodeName is printable, non-space UTF-8: silent.
type UnicodeName struct{ base }

func (UnicodeName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("grand-livre-€", "d4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d08")
	routes(c)
}

type NotUUID struct{ base }

func (NotUUID) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("not-uuid", "ledger") // want `handler key "ledger" is not an RFC 4122 UUID`
	routes(c)
}

type BracedKey struct{ base }

func (BracedKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("braced", "{e4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d09}") // want `handler key .* is not an RFC 4122 UUID .*; write the UUID it holds in canonical form, "e4e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d09"`
	routes(c)
}

// UpperKey is the same key as its lower-case form on v0.17.0, whose keys
// are case-insensitive: silent (v0.15.0 reports identity-key-canonical).
type UpperKey struct{ base }

func (UpperKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper", "F4E1A7C9-4B6F-4D8A-9E0C-3F4A5B6C7D0A")
	routes(c)
}

// NilKey is the nil UUID, which v0.17.0 rejects (v0.15.0 accepts it).
type NilKey struct{ base }

func (NilKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("nil-key", "00000000-0000-0000-0000-000000000000") // want `handler key "00000000-0000-0000-0000-000000000000" is the nil UUID`
	routes(c)
}

// Suppressed breaks identity-name under a directive, and carries another
// directive that suppresses nothing.
type Suppressed struct{ base }

func (Suppressed) Configure(c dogma.IntegrationConfigurer) {
	//dogmavet:ignore identity-name the legacy engine accepts this name
	c.Identity("legacy name", "05e1a7c9-4b6f-4d8a-9e0c-3f4a5b6c7d0b")
	routes(c) //dogmavet:ignore identity-key nothing here // want `unused //dogmavet:ignore directive`
}

// UpperApp's key is another spelling of a lower-case key on v0.17.0: silent.
type UpperApp struct{}

func (UpperApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("upper-app", "FCF1D349-27FE-41A9-A81C-4E0243477D73")
}

// NilApp's key is the nil UUID, which v0.17.0 rejects.
type NilApp struct{}

func (NilApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil-app", "00000000-0000-0000-0000-000000000000") // want `application key "00000000-0000-0000-0000-000000000000" is the nil UUID, which dogma rejects`
}
