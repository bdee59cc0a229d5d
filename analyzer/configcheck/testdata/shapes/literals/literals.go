// Package literals finds a duplicate written once as a route function and
// once as a struct literal, which engines treat alike.
package literals

import (
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type H struct {
	dogma.IntegrationMessageHandler
}

func (H) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("literals", "f5000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.CmdA{})}, // want `HandlesCommand route for msgs.CmdA is added more than once`
		dogma.HandlesCommandRoute{Type: reflect.TypeFor[msgs.CmdB]()},
	)
}
