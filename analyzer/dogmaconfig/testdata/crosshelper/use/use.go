// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate use.Helped identity<"helped"/"6d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA RecordsEvent:msgs.EvtB>(\n[^\n]*)*\naggregate use.NamedByHelper identity<unknown/"5d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<RecordsEvent:msgs.EvtB>(\n[^\n]*)*\naggregate use.Sometimes identity<"sometimes"/"7d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdB partial>(\n[^\n]*)*\naggregate use.Kept identity<"kept"/"8d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\naggregate use.ThroughValue identity<"value"/"9d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\naggregate use.NotFollowed identity<"not-followed"/"ad4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA partial>(\n[^\n]*)*\}$`
// Package use configures handlers through the helpers of package lib.
package use

import (
	"github.com/dogmatiq/dogma"

	"example.test/crosshelper/lib"
	"example.test/msgs"
)

type Helped struct{ dogma.AggregateMessageHandler }

func (Helped) Configure(c dogma.AggregateConfigurer) {
	c.Identity("helped", "6d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	lib.Common(c)
	c.Routes(lib.Routes()...)
}

type NamedByHelper struct{ dogma.AggregateMessageHandler }

func (NamedByHelper) Configure(c dogma.AggregateConfigurer) {
	lib.Named("named", c)
	c.Routes(lib.Routes()...)
}

type Sometimes struct {
	dogma.AggregateMessageHandler
	On bool
}

func (h Sometimes) Configure(c dogma.AggregateConfigurer) {
	c.Identity("sometimes", "7d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	if h.On {
		lib.Common(c)
	}
}

type Kept struct{ dogma.AggregateMessageHandler }

func (Kept) Configure(c dogma.AggregateConfigurer) {
	c.Identity("kept", "8d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	lib.Keeps(c)
}

type ThroughValue struct{ dogma.AggregateMessageHandler }

func (ThroughValue) Configure(c dogma.AggregateConfigurer) {
	c.Identity("value", "9d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	f := lib.Common
	f(c)
}

type NotFollowed struct{ dogma.AggregateMessageHandler }

func (NotFollowed) Configure(c dogma.AggregateConfigurer) {
	c.Identity("not-followed", "ad4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	c.Routes(lib.RoutesFor(true)...)
	c.Routes(lib.Branchy()...)
}
