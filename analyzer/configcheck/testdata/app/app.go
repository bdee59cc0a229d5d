// Package app breaks each application rule once, next to valid look-alikes.
package app

import (
	"math/rand"

	"github.com/dogmatiq/dogma"
)

type NoIdentity struct{}

func (NoIdentity) Configure(c dogma.ApplicationConfigurer) { // want `Configure does not call Identity`
	c.RegisterAggregate(CommandA{})
}

type TwoIdentities struct{}

func (TwoIdentities) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("two", "b1000000-0000-4000-8000-000000000000")
	c.Identity("two", "b1000000-0000-4000-8000-000000000000") // want `Identity is called again`
}

type BadIdentity struct{}

func (BadIdentity) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("\t \n", "not-a-uuid") // want `application name "\\t \\n" contains whitespace` `application key "not-a-uuid" is not an RFC 4122 UUID`
}

type NilHandler struct{}

func (NilHandler) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil", "b2000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(nil) // want `RegisterAggregate is passed a nil handler`
}

type Conflicts struct{}

func (Conflicts) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("conflicts", "b3000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(CommandA{})
	c.RegisterIntegration(AlsoCommandA{}) // want `both handle the command msgs.CmdA` `both record the event msgs.EvtA`
	c.RegisterIntegration(SameNameAsA{})  // want `handler name "command-a" of integration app.SameNameAsA \(command-a\) is already used by aggregate app.CommandA \(command-a\)`
	c.RegisterIntegration(SameKeyAsA{})   // want `handler key "a1000000-0000-4000-8000-000000000000" of integration app.SameKeyAsA \(same-key\) is already used by aggregate app.CommandA` `app.SameNameAsA \(command-a\) and integration app.SameKeyAsA \(same-key\) both handle the command msgs.CmdB`
}

type AppKey struct{}

func (AppKey) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterAggregate(CommandA{}) // want `is the application's key`
	c.Identity("app-key", "a1000000-0000-4000-8000-000000000000")
}

// Valid shares what may be shared: its name with a handler, executed
// commands, handled events and scheduled timeouts between processes. It
// registers a handler it disables, and two handlers of one command on
// exclusive paths.
type Valid struct{ IntegrationName string }

func (v Valid) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("command-a", "b4000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(CommandA{})
	c.RegisterProcess(Process{})
	c.RegisterProcess(OtherProcess{})
	c.RegisterProjection(Off{})
	c.RegisterProjection(Off{})
	if rand.Int() == 0 {
		c.RegisterIntegration(CommandB{})
	} else {
		c.RegisterIntegration(SameKeyAsA{})
	}
	c.RegisterIntegration(Unknown{Name: v.IntegrationName})
}
