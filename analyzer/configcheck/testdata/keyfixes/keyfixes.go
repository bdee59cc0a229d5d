// Package keyfixes holds keys whose fixes keep the UUID they hold, and one
// that holds none and gets a new one.
package keyfixes

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type base struct {
	dogma.IntegrationMessageHandler
}

type Braced struct{ base }

func (Braced) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("braced", "{A1000000-0000-4000-8000-000000000000}") // want `handler key "\{A1000000-0000-4000-8000-000000000000\}" is not an RFC 4122 UUID \(38 bytes, want 36\); write the UUID it holds in canonical form, "a1000000-0000-4000-8000-000000000000"`
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type URN struct{ base }

func (URN) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("urn", "urn:uuid:a2000000-0000-4000-8000-000000000000") // want `write the UUID it holds in canonical form, "a2000000-0000-4000-8000-000000000000"`
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type Upper struct{ base }

func (Upper) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("upper", "A3000000-0000-4000-8000-00000000000A") // want `handler key "A3000000-0000-4000-8000-00000000000A" is not in canonical form`
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type NoUUID struct{ base }

func (NoUUID) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("no-uuid", "no-uuid") // want `handler key "no-uuid" is not an RFC 4122 UUID`
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}
