// want package:`^\{package [^\n]*?(\n[^\n]*)*\nintegration routesvia.Int identity<"int"/"4708dcd2-7d53-44aa-9c0d-32af3039ffd3"> routes<HandlesCommand:routesvia.Cmd>(\n[^\n]*)*\nprojection \*routesvia.Proj identity<"proj"/"6c54b5db-93de-4b37-8ce9-0f7f8a847e46"> routes<HandlesEvent:routesvia.Evt>(\n[^\n]*)*\nintegration routesvia.Ptr identity<> routes<>(\n[^\n]*)*\}$` package:`registry\(2 registrations, incomplete=false\)`
// Package routesvia checks the registrations an application makes through
// Routes and the Via functions (dogma v0.16.0 on).
package routesvia

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/dogmaconfig/other"
)

type Cmd struct{}

func (Cmd) MessageDescription() string                  { return "cmd" }
func (Cmd) Validate(dogma.CommandValidationScope) error { return nil }

type Evt struct{}

func (Evt) MessageDescription() string                { return "evt" }
func (Evt) Validate(dogma.EventValidationScope) error { return nil }

func init() {
	dogma.RegisterCommand[Cmd]("16f3ea2a-a160-497c-9485-60a1ed94d8c1")
	dogma.RegisterEvent[Evt]("f39ec5d0-33ea-47aa-ab59-4e2216a07a49")
}

type Int struct{}

func (Int) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("int", "4708dcd2-7d53-44aa-9c0d-32af3039ffd3")
	c.Routes(dogma.HandlesCommand[Cmd]())
}

func (Int) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

type Proj struct{ dogma.NoCompactBehavior }

func (*Proj) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("proj", "6c54b5db-93de-4b37-8ce9-0f7f8a847e46")
	c.Routes(dogma.HandlesEvent[Evt]())
}

func (*Proj) HandleEvent(context.Context, dogma.ProjectionEventScope, dogma.Event) (uint64, error) {
	return 0, nil
}

func (*Proj) CheckpointOffset(context.Context, string) (uint64, error) { return 0, nil }

// want +1 App:`application routesvia.App identity<"app"/"867ee30e-9ee8-49f9-8fcb-c248b343f601"> handlers<routesvia.Int \*routesvia.Proj routesvia.Int>$`
type App struct{ P Proj }

func (a App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "867ee30e-9ee8-49f9-8fcb-c248b343f601")
	c.Routes(
		dogma.ViaIntegration(Int{}),
		dogma.ViaProjection(&a.P),
	)
	c.Routes(dogma.ViaIntegration(Int{}))
}

// want +1 Spread:`application routesvia.Spread identity<> handlers<routesvia.Int \*routesvia.Proj routesvia.Int>$`
type Spread struct{}

func (Spread) Configure(c dogma.ApplicationConfigurer) {
	routes := []dogma.HandlerRoute{
		dogma.ViaIntegration(Int{}),
		dogma.ViaProjection(&Proj{}),
	}
	c.Routes(routes...)
	c.Routes(viaInt())
}

func viaInt() dogma.HandlerRoute { return dogma.ViaIntegration(Int{}) }

// want +1 Vars:`application routesvia.Vars identity<> handlers<routesvia.Int routesvia.Int partial>$`
type Vars struct{}

func (Vars) Configure(c dogma.ApplicationConfigurer) {
	r := dogma.ViaIntegration(Int{})
	changed := dogma.ViaIntegration(Int{})
	changed = dogma.ViaProjection(&Proj{})
	c.Routes(r, r, changed)
}

// want +1 Nil:`application routesvia.Nil identity<> handlers<nil nil:\*routesvia.Ptr>$`
type Nil struct{}

func (Nil) Configure(c dogma.ApplicationConfigurer) {
	var p *Ptr
	c.Routes(dogma.ViaIntegration(nil), dogma.ViaIntegration(p))
}

type Ptr struct{}

func (Ptr) Configure(dogma.IntegrationConfigurer) {}

func (Ptr) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

// Fields, parameters and calls that return a route held elsewhere are not
// followed.
//
// want +1 Unfollowed:`application routesvia.Unfollowed identity<> handlers<partial>$`
type Unfollowed struct {
	R      dogma.HandlerRoute
	Routes []dogma.HandlerRoute
}

func (u Unfollowed) Configure(c dogma.ApplicationConfigurer) {
	c.Routes(u.R)
	c.Routes(u.Routes...)
}

// want +1 Cond:`application routesvia.Cond identity<> handlers<routesvia.Int partial> maybe:\*routesvia.Proj$`
type Cond struct{ On bool }

func (a Cond) Configure(c dogma.ApplicationConfigurer) {
	c.Routes(dogma.ViaIntegration(Int{}))
	if a.On {
		c.Routes(dogma.ViaProjection(&Proj{}))
	}
}

// router has a Routes method that is not the configurer's.
type router struct{}

func (router) Routes(...dogma.HandlerRoute) {}

// Look-alikes: a Routes method of another type registers nothing, and a
// Via-named function of another package is not known to register anything.
//
// want +1 LookAlike:`application routesvia.LookAlike identity<> handlers<partial>$`
type LookAlike struct{}

func (LookAlike) Configure(c dogma.ApplicationConfigurer) {
	router{}.Routes(dogma.ViaIntegration(Int{}))
	c.Routes(other.ViaIntegration(Int{}))
}
