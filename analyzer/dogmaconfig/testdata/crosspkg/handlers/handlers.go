// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate handlers.Agg identity<"agg"/"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA>(\n[^\n]*)*\nintegration handlers.Gen\[C\] identity<"gen"/"2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:typeparam0>(\n[^\n]*)*\}$`
// Package handlers declares handlers that crosspkg/app registers.
package handlers

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type Agg struct {
	dogma.AggregateMessageHandler
}

func (Agg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("agg", "1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type Gen[C dogma.Command] struct {
	dogma.IntegrationMessageHandler
}

func (Gen[C]) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("gen", "2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[C]())
}
