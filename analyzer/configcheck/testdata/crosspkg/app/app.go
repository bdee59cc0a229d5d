// Package app registers handlers of another package, which conflict.
package app

import (
	"github.com/dogmatiq/dogma"

	"example.test/crosspkg/handlers"
	"example.test/msgs"
)

type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "81000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(handlers.Agg{})              // want `handler key "81000000-0000-4000-8000-000000000000" of aggregate handlers.Agg \(agg\) is the application's key`
	c.RegisterIntegration(handlers.Int{})            // want `aggregate handlers.Agg \(agg\) and integration handlers.Int \(int\) both handle the command msgs.CmdA`
	c.RegisterIntegration(handlers.Gen[msgs.EvtA]{}) // want `both record the event msgs.EvtA`
}
