// Package identity breaks each identity rule once, next to a valid
// look-alike.
package identity

import (
	"strings"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const key = "1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"

type base struct {
	dogma.IntegrationMessageHandler
}

func routes(c dogma.IntegrationConfigurer) { c.Routes(dogma.HandlesCommand[msgs.CmdA]()) }

type Missing struct{ base }

func (Missing) Configure(c dogma.IntegrationConfigurer) { // want `Configure does not call Identity`
	routes(c)
}

type Present struct{ base }

func (Present) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("present", key)
	routes(c)
}

type Multiple struct{ base }

func (Multiple) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("multiple", key)
	c.Identity("multiple", key) // want `Identity is called again`
	routes(c)
}

// OnceInEachBranch calls Identity once on every path: no finding.
type OnceInEachBranch struct {
	base
	alt bool
}

func (h OnceInEachBranch) Configure(c dogma.IntegrationConfigurer) {
	if h.alt {
		c.Identity("alt", key)
	} else {
		c.Identity("main", key)
	}
	routes(c)
}

type BadName struct{ base }

func (BadName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("bad name", key) // want `handler name "bad name" contains whitespace`
	routes(c)
}

type EmptyName struct{ base }

func (EmptyName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("", key) // want `handler name is empty`
	routes(c)
}

type UnicodeName struct{ base }

func (UnicodeName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("😀-handler", key)
	routes(c)
}

// maxName is 255 bytes long, the most dogma allows; long is one more.
const (
	maxName = "x123456789" + "x123456789" + "x123456789" + "x123456789" + "x123456789" +
		"x123456789" + "x123456789" + "x123456789" + "x123456789" + "x123456789" +
		"x123456789" + "x123456789" + "x123456789" + "x123456789" + "x123456789" +
		"x123456789" + "x123456789" + "x123456789" + "x123456789" + "x123456789" +
		"x123456789" + "x123456789" + "x123456789" + "x123456789" + "x123456789" + "x1234"
	long = maxName + "z"
)

type LongName struct{ base }

func (LongName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(long, key) // want `is 256 bytes long; use at most 255 bytes`
	routes(c)
}

type MaxName struct{ base }

func (MaxName) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(maxName, key)
	routes(c)
}

type BadUTF8 struct{ base }

func (BadUTF8) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a\xffb", key) // want `is not valid UTF-8`
	routes(c)
}

type BadKey struct{ base }

func (BadKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("bad-key", "{4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10}") // want `handler key .* is not an RFC 4122 UUID .*; write the UUID it holds in canonical form, "4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"`
	routes(c)
}

// NoUUIDKey holds no UUID: its fix generates a new key.
type NoUUIDKey struct{ base }

func (NoUUIDKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("no-uuid-key", "no-uuid-key") // want `handler key "no-uuid-key" is not an RFC 4122 UUID .*; use a random UUID`
	routes(c)
}

type UpperKey struct{ base }

func (UpperKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper-key", "1D4A4F0E-7F7E-4D53-9B1E-3C1F1F8A2B10") // want `handler key "1D4A4F0E-7F7E-4D53-9B1E-3C1F1F8A2B10" is not in canonical form`
	routes(c)
}

type NilUUIDKey struct{ base }

func (NilUUIDKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("nil-uuid", "00000000-0000-0000-0000-000000000000")
	routes(c)
}

// NonConstant cannot be judged: no finding.
type NonConstant struct {
	base
	name string
}

func (h NonConstant) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(h.name, strings.ToLower(key))
	routes(c)
}

// Disabled configures nothing but Disable: an application leaves it out.
type Disabled struct{ base }

func (Disabled) Configure(c dogma.IntegrationConfigurer) {
	c.Disable()
}

// DisabledWithIdentity is validated like any other handler.
type DisabledWithIdentity struct{ base }

func (DisabledWithIdentity) Configure(c dogma.IntegrationConfigurer) { // want `integration has no HandlesCommand route`
	c.Identity("disabled", key)
	c.Disable()
}

// Suppressed breaks identity-name under a directive: no finding.
type Suppressed struct{ base }

func (Suppressed) Configure(c dogma.IntegrationConfigurer) {
	//dogmavet:ignore identity-name the legacy engine accepts this name
	c.Identity("legacy name", "2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	routes(c)
}

// UnusedDirective suppresses nothing, which is reported.
type UnusedDirective struct{ base }

func (UnusedDirective) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("fine", "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10") //dogmavet:ignore identity-name nothing to suppress // want `unused //dogmavet:ignore directive`
	routes(c)
}
