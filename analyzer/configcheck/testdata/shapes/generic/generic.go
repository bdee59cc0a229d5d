// Package generic checks generic handlers where they are instantiated.
package generic

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

// Handles handles C and, always, CmdB.
type Handles[C dogma.Command] struct {
	dogma.IntegrationMessageHandler
}

func (Handles[C]) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("handles", "f1000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[C](), dogma.HandlesCommand[msgs.CmdB]())
}

type Other struct{ dogma.AggregateMessageHandler }

func (Other) Configure(c dogma.AggregateConfigurer) {
	c.Identity("other", "f2000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("generic", "f3000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(Other{})
	c.RegisterIntegration(Handles[msgs.CmdA]{}) // want `both handle the command msgs.CmdA`
}

type Instances struct{}

func (Instances) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("instances", "f4000000-0000-4000-8000-000000000000")
	c.RegisterIntegration(Handles[msgs.CmdB]{})     // want `integration generic.Handles\[msgs.CmdB\] \(handles\): HandlesCommand route for msgs.CmdB is added more than once`
	c.RegisterIntegration(Handles[dogma.Command]{}) // want `Handles\[dogma.Command\] \(handles\): HandlesCommand route for interface type dogma.Command` `handler name "handles"` `handler key` `both handle the command msgs.CmdB`
}

// Wrap delegates its configuration to the handler it wraps.
type Wrap[H dogma.IntegrationMessageHandler] struct {
	dogma.IntegrationMessageHandler
	Inner H
}

func (w Wrap[H]) Configure(c dogma.IntegrationConfigurer) { w.Inner.Configure(c) }

type Wrapped struct {
	dogma.IntegrationMessageHandler
}

func (Wrapped) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("wrapped", "f8000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type WrapApp struct{}

func (WrapApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("wrap", "f9000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(Other{})
	c.RegisterIntegration(Wrap[Wrapped]{}) // want `aggregate generic.Other \(other\) and integration generic.Wrap\[generic.Wrapped\] \(wrapped\) both handle the command msgs.CmdA`
}
