// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate routesvia.Account identity<"account"/"0b8a3c71-51a8-4c53-8f0e-43a0fb3a1a52"> routes<HandlesCommand:\*routesvia.Cmd RecordsEvent:\*routesvia.Evt>(\n[^\n]*)*\}$`
// Package routesvia checks Routes registrations on dogma v0.25.0: the
// generic ViaAggregate, inferred and instantiated, and Via options.
package routesvia

import (
	"github.com/dogmatiq/dogma"
)

type Cmd struct{}

func (*Cmd) MessageDescription() string                  { return "cmd" }
func (*Cmd) Validate(dogma.CommandValidationScope) error { return nil }
func (*Cmd) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Cmd) UnmarshalBinary([]byte) error                { return nil }

type Evt struct{}

func (*Evt) MessageDescription() string                { return "evt" }
func (*Evt) Validate(dogma.EventValidationScope) error { return nil }
func (*Evt) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Evt) UnmarshalBinary([]byte) error              { return nil }

type root struct{}

func (*root) AggregateInstanceDescription() string { return "" }
func (*root) ApplyEvent(dogma.Event)               {}
func (*root) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*root) UnmarshalBinary([]byte) error         { return nil }

type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "0b8a3c71-51a8-4c53-8f0e-43a0fb3a1a52")
	c.Routes(dogma.HandlesCommand[*Cmd](), dogma.RecordsEvent[*Evt]())
}

func (Account) New() *root                                                             { return &root{} }
func (Account) RouteCommandToInstance(dogma.Command) string                            { return "id" }
func (Account) HandleCommand(*root, dogma.AggregateCommandScope[*root], dogma.Command) {}

// want +1 App:`application \*routesvia.App identity<> handlers<routesvia.Account routesvia.Account routesvia.Account>$`
type App struct{ Account Account }

func (a *App) Configure(c dogma.ApplicationConfigurer) {
	var opt dogma.ViaAggregateOption
	c.Routes(
		dogma.ViaAggregate(a.Account),
		dogma.ViaAggregate[*root](Account{}),
		dogma.ViaAggregate(a.Account, opt),
	)
}
