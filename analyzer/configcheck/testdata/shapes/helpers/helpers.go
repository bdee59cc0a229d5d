// Package helpers finds problems in helpers that receive the configurer.
package helpers

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const prefix = "helper"

type H struct{ dogma.ProcessMessageHandler }

func (h H) Configure(c dogma.ProcessConfigurer) {
	identity(c, "one")
	h.routes(c)
	identity(c, "two")
}

func identity(c dogma.ProcessConfigurer, n string) {
	c.Identity(prefix+" "+n, "d1000000-0000-4000-8000-000000000000") // want `handler name "helper one" contains whitespace` `handler name "helper two" contains whitespace` `Identity is called again`
}

func (H) routes(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.ExecutesCommand[msgs.CmdA]())
	timeout[msgs.TmoA](c)
	timeout[msgs.TmoA](c)
}

func timeout[T dogma.Timeout](c dogma.ProcessConfigurer) {
	c.Routes(dogma.SchedulesTimeout[T]()) // want `SchedulesTimeout route for msgs.TmoA is added more than once`
}

// NoRoutesViaHelper: the helper proves there are no ExecutesCommand routes.
type NoRoutesViaHelper struct{ dogma.ProcessMessageHandler }

func (NoRoutesViaHelper) Configure(c dogma.ProcessConfigurer) { // want `process has no ExecutesCommand route`
	c.Identity("no-routes", "d2000000-0000-4000-8000-000000000000")
	events(c)
}

func events(c dogma.ProcessConfigurer) { c.Routes(dogma.HandlesEvent[msgs.EvtA]()) }
