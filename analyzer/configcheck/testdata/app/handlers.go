package app

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

// CommandA handles CmdA and records EvtA.
type CommandA struct{ dogma.AggregateMessageHandler }

func (CommandA) Configure(c dogma.AggregateConfigurer) {
	c.Identity("command-a", "a1000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

// AlsoCommandA handles CmdA too, and records EvtA too.
type AlsoCommandA struct {
	dogma.IntegrationMessageHandler
}

func (AlsoCommandA) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("also-command-a", "a2000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

// CommandB handles CmdB and records EvtB.
type CommandB struct {
	dogma.IntegrationMessageHandler
}

func (CommandB) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("command-b", "a3000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB](), dogma.RecordsEvent[msgs.EvtB]())
}

// SameNameAsA reuses CommandA's name.
type SameNameAsA struct {
	dogma.IntegrationMessageHandler
}

func (SameNameAsA) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("command-a", "a4000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

// SameKeyAsA reuses CommandA's key.
type SameKeyAsA struct {
	dogma.IntegrationMessageHandler
}

func (SameKeyAsA) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("same-key", "a1000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

// Process executes CmdA, schedules TmoA and handles EvtA: all shareable.
type Process struct{ dogma.ProcessMessageHandler }

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "a5000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.ExecutesCommand[msgs.CmdA](), dogma.SchedulesTimeout[msgs.TmoA]())
}

// OtherProcess does the same as Process under another identity.
type OtherProcess struct{ dogma.ProcessMessageHandler }

func (OtherProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity("other-process", "a6000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA](), dogma.ExecutesCommand[msgs.CmdA](), dogma.SchedulesTimeout[msgs.TmoA]())
}

// Off is disabled and configures nothing else: applications leave it out.
type Off struct{ dogma.ProjectionMessageHandler }

func (Off) Configure(c dogma.ProjectionConfigurer) { c.Disable() }

// Unknown has an identity extraction cannot see.
type Unknown struct {
	dogma.IntegrationMessageHandler
	Name string
}

func (h Unknown) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(h.Name, "a7000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}
