// Package branches finds what is on every path through an if/else whose
// branches make the same calls.
package branches

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type H struct {
	dogma.IntegrationMessageHandler
	legacy bool
}

func (h H) Configure(c dogma.IntegrationConfigurer) {
	if h.legacy {
		c.Identity("branches", "f6000000-0000-4000-8000-000000000000")
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	} else {
		c.Identity("branches", "f6000000-0000-4000-8000-000000000000")
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
	c.Identity("again", "f6000000-0000-4000-8000-000000000000") // want `Identity is called again`
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())                 // want `HandlesCommand route for msgs.CmdA is added more than once`
}

// Different makes different calls in its branches: nothing is proven.
type Different struct {
	dogma.IntegrationMessageHandler
	legacy bool
}

func (h Different) Configure(c dogma.IntegrationConfigurer) {
	if h.legacy {
		c.Identity("different", "f7000000-0000-4000-8000-000000000000")
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	} else {
		c.Identity("different", "f7000000-0000-4000-8000-000000000000")
		c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}
