// Package handlers declares handlers that crosspkg/app registers; they are
// valid on their own.
package handlers

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type Agg struct{ dogma.AggregateMessageHandler }

func (Agg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("agg", "81000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type Int struct {
	dogma.IntegrationMessageHandler
}

func (Int) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("int", "82000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtB]())
}

type Gen[E dogma.Event] struct {
	dogma.IntegrationMessageHandler
}

func (Gen[E]) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("gen", "83000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB](), dogma.RecordsEvent[E]())
}

// Report takes its identity and routes from its fields, which an
// application of another package sets.
type Report struct {
	dogma.ProjectionMessageHandler
	Name, Key string
	Routes    []dogma.ProjectionRoute
}

func (r Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(r.Name, r.Key)
	c.Routes(r.Routes...)
}
