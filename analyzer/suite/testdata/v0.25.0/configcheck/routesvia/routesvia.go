// Package routesvia checks the application-wide rules on handlers that an
// application registers with Routes and the Via functions (generic
// ViaAggregate, options), directly and through an adaptor of another
// package that forwards Configure.
package routesvia

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/rules/configcheck/routesvia/kit"
	"example.test/rules/configcheck/routesvia/other"
)

type Cmd struct{}

func (*Cmd) MessageDescription() string                  { return "cmd" }
func (*Cmd) Validate(dogma.CommandValidationScope) error { return nil }
func (*Cmd) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Cmd) UnmarshalBinary([]byte) error                { return nil }

type Other struct{}

func (*Other) MessageDescription() string                  { return "other" }
func (*Other) Validate(dogma.CommandValidationScope) error { return nil }
func (*Other) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Other) UnmarshalBinary([]byte) error                { return nil }

type Evt struct{}

func (*Evt) MessageDescription() string                { return "evt" }
func (*Evt) Validate(dogma.EventValidationScope) error { return nil }
func (*Evt) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Evt) UnmarshalBinary([]byte) error              { return nil }

func init() {
	dogma.RegisterCommand[*Cmd]("bc2582af-fab8-4e38-af27-b0c9fd75ffca")
	dogma.RegisterCommand[*Other]("57dbe78e-9e88-4cc5-a459-9ae345736a34")
	dogma.RegisterEvent[*Evt]("2d912b87-2dc6-4415-956f-d8914dbf6bc0")
}

type root struct{}

func (*root) AggregateInstanceDescription() string { return "" }
func (*root) ApplyEvent(dogma.Event)               {}
func (*root) MarshalBinary() ([]byte, error)       { return nil, nil }
func (*root) UnmarshalBinary([]byte) error         { return nil }

// Account is an aggregate generic over its root (v0.23.0 on).
type Account struct{}

func (Account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "367fe61d-4462-49d0-9e35-6cf4cf136fb6")
	c.Routes(dogma.HandlesCommand[*Cmd](), dogma.RecordsEvent[*Evt]())
}

func (Account) New() *root                                                             { return &root{} }
func (Account) RouteCommandToInstance(dogma.Command) string                            { return "id" }
func (Account) HandleCommand(*root, dogma.AggregateCommandScope[*root], dogma.Command) {}

type intHandler struct{}

func (intHandler) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

// Bank also handles Cmd.
type Bank struct{ intHandler }

func (Bank) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("bank", "68b77041-e7cd-4cfd-97b1-dee27fa05f2f")
	c.Routes(dogma.HandlesCommand[*Cmd]())
}

// SameKey uses Account's key.
type SameKey struct{ intHandler }

func (SameKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("same-key", "367fe61d-4462-49d0-9e35-6cf4cf136fb6")
	c.Routes(dogma.HandlesCommand[*Other]())
}

// Ledger and Report are projections registered through kit.New; Report
// uses Ledger's key.
type Ledger struct{}

func (Ledger) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("ledger", "f04d8576-d12b-4533-84ca-89f1c6e4a0a8")
	c.Routes(dogma.HandlesEvent[*Evt]())
}

type Report struct{}

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "f04d8576-d12b-4533-84ca-89f1c6e4a0a8")
	c.Routes(dogma.HandlesEvent[*Evt]())
}

type Commands struct{}

func (Commands) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("commands", "a09c95fd-16b8-453f-b4c5-6614095da0a5")
	var opt dogma.ViaIntegrationOption
	c.Routes(
		dogma.ViaAggregate(Account{}),
		dogma.ViaIntegration(Bank{}, opt), // want `routesvia.Account \(account\) and integration routesvia.Bank \(bank\) both handle the command \*routesvia.Cmd`
	)
}

type Keys struct{}

func (Keys) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("keys", "4a76bde1-59cd-42fa-80b5-188e83163ff5")
	routes := []dogma.HandlerRoute{
		dogma.ViaAggregate[*root](Account{}),
		dogma.ViaIntegration(SameKey{}), // want `handler key "367fe61d-4462-49d0-9e35-6cf4cf136fb6" of integration routesvia.SameKey \(same-key\) is already used by aggregate routesvia.Account`
	}
	c.Routes(routes...)
}

type Nil struct{}

func (Nil) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil", "1f8d453d-7957-47da-9ba2-60f7222e4d93")
	c.Routes(dogma.ViaProjection(nil)) // want `ViaProjection is passed a nil handler`
}

type Adapted struct{ DB string }

func (a Adapted) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("adapted", "f5998bf5-9341-438b-8dae-460b523523d7")
	c.Routes(
		dogma.ViaProjection(kit.New(a.DB, 0, Ledger{})),
		dogma.ViaProjection(kit.New(a.DB, 0, &Report{})), // want `handler key "f04d8576-d12b-4533-84ca-89f1c6e4a0a8" of projection \*routesvia.Report \(report\) is already used by projection routesvia.Ledger`
	)
}

// router has a Routes method that is not the configurer's: what it is
// passed is registered nowhere.
type router struct{}

func (router) Routes(...dogma.HandlerRoute) {}

// LookAlike registers Bank once; the other handler routes go elsewhere,
// or through a function that is not dogma's.
type LookAlike struct{}

func (LookAlike) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("look-alike", "76712c6a-1869-488e-ace7-a419bcd092f8")
	c.Routes(dogma.ViaIntegration(Bank{}))
	router{}.Routes(dogma.ViaAggregate(Account{}), dogma.ViaIntegration(nil))
	c.Routes(other.ViaIntegration(Bank{}))
}
