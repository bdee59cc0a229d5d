// Package identity tests the identity rules on dogma v0.15.0, whose keys are
// RFC 4122 UUIDs compared byte by byte: an upper-case key is merely not
// canonical, and the nil UUID is a valid key.
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

func routes(c dogma.IntegrationConfigurer) { c.Routes(dogma.HandlesCommand[OpenAccount]()) }

type Missing struct{ base }

func (Missing) Configure(c dogma.IntegrationConfigurer) { // want `Configure does not call Identity`
	routes(c)
}

type Twice struct{ base }

func (Twice) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("twice", "0a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a81")
	c.Identity("twice", "0a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a81") // want `Identity is called again`
	routes(c)
}

// OnceEachBranch calls Identity once on every path: silent.
type OnceEachBranch struct {
	base
	alt bool
}

func (h OnceEachBranch) Configure(c dogma.IntegrationConfigurer) {
	if h.alt {
		c.Identity("alt", "1a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a82")
	} else {
		c.Identity("main", "1a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a82")
	}
	routes(c)
}

type SpaceName struct{ base }

func (SpaceName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("space name", "2a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a83") // want `handler name "space name" contains whitespace`
	routes(c)
}

type EmptyName struct{ base }

func (EmptyName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("", "3a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a84") // want `handler name is empty`
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
	c.Identity(name256, "4a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a85") // want `is 256 bytes long; use at most 255 bytes`
	routes(c)
}

// NonConstantName is not a constant: silent.
type NonConstantName struct{ base }

func (NonConstantName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(name255, "5a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a86")
	routes(c)
}

type BadUTF8 struct{ base }

func (BadUTF8) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger\xff", "6a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a87") // want `is not valid UTF-8`
	routes(c)
}

// UnicodeName is printable, non-space UTF-8: silent.
type UnicodeName struct{ base }

func (UnicodeName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("grand-livre-€", "7a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a88")
	routes(c)
}

type NotUUID struct{ base }

func (NotUUID) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("not-uuid", "ledger") // want `handler key "ledger" is not an RFC 4122 UUID`
	routes(c)
}

type BracedKey struct{ base }

func (BracedKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("braced", "{8a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a89}") // want `handler key .* is not an RFC 4122 UUID .*; write the UUID it holds in canonical form, "8a6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a89"`
	routes(c)
}

// UpperKey is not canonical on v0.15.0, whose keys are compared byte by
// byte.
type UpperKey struct{ base }

func (UpperKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper", "9A6E2F4B-9D1C-4E83-A7B5-3C2D1E0F9A8A") // want `handler key "9A6E2F4B-9D1C-4E83-A7B5-3C2D1E0F9A8A" is not in canonical form`
	routes(c)
}

// NilKey is a valid RFC 4122 UUID, which v0.15.0 accepts: silent.
type NilKey struct{ base }

func (NilKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("nil-key", "00000000-0000-0000-0000-000000000000")
	routes(c)
}

// Suppressed breaks identity-name under a directive, and carries another
// directive that suppresses nothing.
type Suppressed struct{ base }

func (Suppressed) Configure(c dogma.IntegrationConfigurer) {
	//dogmavet:ignore identity-name the legacy engine accepts this name
	c.Identity("legacy name", "aa6e2f4b-9d1c-4e83-a7b5-3c2d1e0f9a8b")
	routes(c) //dogmavet:ignore identity-key nothing here // want `unused //dogmavet:ignore directive`
}

// UpperApp's key is not canonical on v0.15.0, as a handler's is.
type UpperApp struct{}

func (UpperApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("upper-app", "3AC1C984-2FCB-4332-95E5-34A6F5DFA5B4") // want `application key "[0-9A-F-]+" is not in canonical form`
}

// NilApp's key is the nil UUID, valid on v0.15.0: silent.
type NilApp struct{}

func (NilApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil-app", "00000000-0000-0000-0000-000000000000")
}
