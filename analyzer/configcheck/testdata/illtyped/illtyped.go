// Package illtyped does not type-check. The analyzer runs anyway: what it
// can prove is reported, what the errors hide is not, and nothing crashes.
package illtyped

import (
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type H struct{ dogma.AggregateMessageHandler }

func (H) Configure(c dogma.AggregateConfigurer) {
	c.Identity("bad name", "81000000-0000-4000-8000-000000000000") // want `contains whitespace`
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.Missing]())
	c.Rouets(dogma.RecordsEvent[msgs.EvtA]())
}

type NoRoutes struct{ dogma.AggregateMessageHandler }

func (NoRoutes) Configure(c dogma.AggregateConfigurer) {
	c.Identity("no-routes", "82000000-0000-4000-8000-000000000000")
	c.Routes(undefinedRoutes()...)
}

type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity(undefinedName, "83000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(Missing{})
	c.RegisterAggregate(H{})
}

// Invalid has routes of types that do not exist: no finding.
type Invalid struct {
	dogma.IntegrationMessageHandler
}

func (Invalid) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("invalid", "84000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.Missing{})}, dogma.HandlesCommand[msgs.Missing]())
	c.Routes([]dogma.IntegrationRoute{undefinedRoute}...)
}
