// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate app.Wrapper identity<"agg"/"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA RecordsEvent:msgs.EvtB>(\n[^\n]*)*\naggregate app.Conditional identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\}$`
// Package app registers handlers declared in another package.
package app

import (
	"github.com/dogmatiq/dogma"

	"example.test/crosspkg/handlers"
	"example.test/msgs"
)

// want +1 App:`application app.App identity<"app"/"4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> handlers<handlers.Agg handlers.Gen\[msgs.CmdB\]>$`
type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.RegisterAggregate(handlers.Agg{})
	c.RegisterIntegration(handlers.Gen[msgs.CmdB]{})
}

type Wrapper struct {
	dogma.AggregateMessageHandler
	Inner handlers.Agg
}

func (w Wrapper) Configure(c dogma.AggregateConfigurer) {
	w.Inner.Configure(c)
	c.Routes(dogma.RecordsEvent[msgs.EvtB]())
}

type Conditional struct {
	dogma.AggregateMessageHandler
	Inner handlers.Agg
	On    bool
}

func (w Conditional) Configure(c dogma.AggregateConfigurer) {
	if w.On {
		w.Inner.Configure(c)
	}
}
