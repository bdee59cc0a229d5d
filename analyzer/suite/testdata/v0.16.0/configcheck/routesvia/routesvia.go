// Package routesvia checks the application-wide rules on handlers that an
// application registers with Routes and the Via functions, directly and
// through an adaptor of another package that forwards Configure.
package routesvia

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/rules/configcheck/routesvia/kit"
	"example.test/rules/configcheck/routesvia/other"
)

type Cmd struct{}

func (Cmd) MessageDescription() string                  { return "cmd" }
func (Cmd) Validate(dogma.CommandValidationScope) error { return nil }

type Other struct{}

func (Other) MessageDescription() string                  { return "other" }
func (Other) Validate(dogma.CommandValidationScope) error { return nil }

type Evt struct{}

func (Evt) MessageDescription() string                { return "evt" }
func (Evt) Validate(dogma.EventValidationScope) error { return nil }

func init() {
	dogma.RegisterCommand[Cmd]("029982de-a84d-4e23-ab84-2d9bb9c4c814")
	dogma.RegisterCommand[Other]("57c1ddf5-e950-415d-a9e8-b1782d0a313b")
	dogma.RegisterEvent[Evt]("80f721ca-972a-436b-ac5e-6289eb3b324a")
}

type intHandler struct{}

func (intHandler) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

// First and Second both handle Cmd.
type First struct{ intHandler }

func (First) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("first", "5c2068e3-c6bb-405d-a9d5-ade203dda544")
	c.Routes(dogma.HandlesCommand[Cmd]())
}

type Second struct{ intHandler }

func (Second) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("second", "7ba2bcc9-d1bf-49e0-b7f5-7843f6761838")
	c.Routes(dogma.HandlesCommand[Cmd]())
}

// SameKey uses First's key.
type SameKey struct{ intHandler }

func (SameKey) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("same-key", "5c2068e3-c6bb-405d-a9d5-ade203dda544")
	c.Routes(dogma.HandlesCommand[Other](), dogma.RecordsEvent[Evt]())
}

// Ledger and Report are projections registered through kit.New; Report
// uses Ledger's key.
type Ledger struct{}

func (Ledger) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("ledger", "4fe005d4-2e72-4570-a01b-db675389d5e6")
	c.Routes(dogma.HandlesEvent[Evt]())
}

type Report struct{}

func (Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("report", "4fe005d4-2e72-4570-a01b-db675389d5e6")
	c.Routes(dogma.HandlesEvent[Evt]())
}

type Commands struct{}

func (Commands) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("commands", "1442873e-5a48-47c0-9b8c-ed383a7f4c7b")
	c.Routes(
		dogma.ViaIntegration(First{}),
		dogma.ViaIntegration(Second{}), // want `routesvia.First \(first\) and integration routesvia.Second \(second\) both handle the command routesvia.Cmd`
	)
}

type Keys struct{}

func (Keys) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("keys", "a8701888-5a50-4e4b-8b76-6874a751967f")
	routes := []dogma.HandlerRoute{
		dogma.ViaIntegration(First{}),
		dogma.ViaIntegration(SameKey{}), // want `handler key "5c2068e3-c6bb-405d-a9d5-ade203dda544" of integration routesvia.SameKey \(same-key\) is already used by integration routesvia.First`
	}
	c.Routes(routes...)
}

type Nil struct{}

func (Nil) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil", "b168b35a-dab7-4288-b549-bd57aa871eb0")
	c.Routes(dogma.ViaIntegration(nil)) // want `ViaIntegration is passed a nil handler`
}

type Adapted struct{ DB string }

func (a Adapted) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("adapted", "cdbb2bf5-864d-4c5e-8dae-3fc8a7807844")
	c.Routes(
		dogma.ViaProjection(kit.New(a.DB, Ledger{})),
		dogma.ViaProjection(kit.New(a.DB, &Report{})), // want `handler key "4fe005d4-2e72-4570-a01b-db675389d5e6" of projection \*routesvia.Report \(report\) is already used by projection routesvia.Ledger`
	)
}

// router has a Routes method that is not the configurer's: what it is
// passed is registered nowhere.
type router struct{}

func (router) Routes(...dogma.HandlerRoute) {}

// LookAlike registers First once; the other handler routes go elsewhere,
// or through a function that is not dogma's.
type LookAlike struct{}

func (LookAlike) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("look-alike", "a3c17e2b-0bb2-497d-9b09-1a0057e0ec6c")
	c.Routes(dogma.ViaIntegration(First{}))
	router{}.Routes(dogma.ViaIntegration(Second{}), dogma.ViaIntegration(nil))
	c.Routes(other.ViaIntegration(Second{}))
}
