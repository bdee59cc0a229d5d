// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate illtyped.H identity<unknown/"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<HandlesCommand:msgs.CmdA partial> disabled:unknown(\n[^\n]*)*\nintegration illtyped.Invalid identity<> routes<partial>(\n[^\n]*)*\nprojection illtyped.Twice identity<"second"/"2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10">[^\n]*(\n[^\n]*)*\}$`
// Package illtyped does not type-check; extraction must not crash and must
// not claim what it cannot see.
package illtyped

import (
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type H struct {
	dogma.AggregateMessageHandler
}

func (H) Configure(c dogma.AggregateConfigurer) {
	c.Identity(undefinedName, "1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.Missing]())
	c.Rouets(dogma.RecordsEvent[msgs.EvtA]())
	undefinedHelper(c)
}

// want +1 App:`application illtyped.App identity<> handlers<illtyped.H partial>$`
type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterAggregate(Missing{})
	c.RegisterAggregate(H{}, 1)
}

func (Broken) Configure(c dogma.ProjectionConfigurer) {}

// Invalid has routes and registrations of types that do not exist.
type Invalid struct {
	dogma.IntegrationMessageHandler
}

func (Invalid) Configure(c dogma.IntegrationConfigurer) {
	c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeOf(msgs.Missing{})}, undefinedSlice...)
	c.Routes([]dogma.IntegrationRoute{undefinedRoute}...)
	c.Routes(undefinedType{}...)
}

// Twice declares Configure twice.
type Twice struct{}

func (Twice) Configure(c dogma.AggregateConfigurer) {
	c.Identity("first", "1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
}

func (Twice) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("second", "2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
}
