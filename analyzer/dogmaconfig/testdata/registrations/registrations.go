// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate registrations.Agg identity<"agg"/"1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA>(\n[^\n]*)*\naggregate \*registrations.PtrAgg identity<"ptr"/"2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<>(\n[^\n]*)*\nintegration registrations.Gen\[C\] identity<"gen"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:typeparam0>(\n[^\n]*)*\nintegration registrations.Wrap\[H\] identity<> routes<RecordsEvent:msgs.EvtB> delegates:typeparam0(\n[^\n]*)*\naggregate registrations.Named identity<unknown/unknown> routes<>(\n[^\n]*)*\naggregate registrations.FieldRoutes identity<"field-routes"/"6d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<> routes:field:routes(\n[^\n]*)*\naggregate \*registrations.CopiedRoutes identity<> routes<partial>(\n[^\n]*)*\}$`
// Package registrations holds an application registering handlers in every
// shape extraction follows, and some it does not.
package registrations

import (
	"math/rand"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type Agg struct{ dogma.AggregateMessageHandler }

func (Agg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("agg", "1d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type PtrAgg struct{ dogma.AggregateMessageHandler }

func (*PtrAgg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("ptr", "2d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
}

type AliasAgg = Agg

func NewAgg() *PtrAgg { return &PtrAgg{} }

// Adapt returns an interface, but always the same concrete type.
func Adapt(a *PtrAgg) dogma.AggregateMessageHandler { return a }

// Choose returns one of two concrete types: not provable.
func Choose(b bool) dogma.AggregateMessageHandler {
	if b {
		return Agg{}
	}
	return &PtrAgg{}
}

type Gen[C dogma.Command] struct {
	dogma.IntegrationMessageHandler
}

func (Gen[C]) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("gen", "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(dogma.HandlesCommand[C]())
}

// want +1 App:`application registrations.App identity<"app"/"4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> handlers<registrations.Agg \*registrations.PtrAgg \*registrations.PtrAgg registrations.Agg \*registrations.PtrAgg registrations.Gen\[msgs.CmdB\] registrations.Agg nil>$`
type App struct {
	Field Agg
}

func (a App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "4d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.RegisterAggregate(Agg{})
	c.RegisterAggregate(&PtrAgg{})
	c.RegisterAggregate(NewAgg())
	c.RegisterAggregate(AliasAgg{})
	c.RegisterAggregate(Adapt(nil))
	c.RegisterIntegration(Gen[msgs.CmdB]{})
	c.RegisterAggregate(a.Field)
	c.RegisterAggregate(nil)
}

var global dogma.AggregateMessageHandler = Agg{}

// want +1 Unknown:`application registrations.Unknown identity<> handlers<registrations.Agg partial>$`
type Unknown struct {
	Iface dogma.AggregateMessageHandler
}

func (a Unknown) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterAggregate(Agg{})
	c.RegisterAggregate(a.Iface)
	c.RegisterAggregate(global)
	c.RegisterAggregate(Choose(true))
	if rand.Int() == 0 {
		c.RegisterAggregate(&PtrAgg{})
	}
	for _, h := range []dogma.AggregateMessageHandler{Agg{}} {
		c.RegisterAggregate(h)
	}
}

type Wrap[H dogma.IntegrationMessageHandler] struct {
	dogma.IntegrationMessageHandler
	Inner H
}

func (w Wrap[H]) Configure(c dogma.IntegrationConfigurer) {
	w.Inner.Configure(c)
	c.Routes(dogma.RecordsEvent[msgs.EvtB]())
}

// want +1 WrapApp:`application registrations.WrapApp identity<> handlers<registrations.Wrap\[registrations.Gen\[msgs.CmdA\]\]>$`
type WrapApp struct{}

func (WrapApp) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterIntegration(Wrap[Gen[msgs.CmdA]]{})
}

var noHandler dogma.AggregateMessageHandler

// want +1 NilValues:`application registrations.NilValues identity<> handlers<nil:\*registrations.Agg \*registrations.PtrAgg partial>$`
type NilValues struct{}

// NilValues registers a package-level variable, which is unknown (the
// package's tests may assign it), a nil *Agg (whose Configure has a value receiver) and a nil *PtrAgg (whose
// Configure has a pointer receiver, so it is registered as its type).
func (NilValues) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterAggregate(noHandler)
	var a *Agg
	c.RegisterAggregate(a)
	var p *PtrAgg
	c.RegisterAggregate(p)
}

type Named struct {
	dogma.AggregateMessageHandler
	Name, Key string
}

func (h Named) Configure(c dogma.AggregateConfigurer) {
	name := h.Name
	c.Identity(name, h.Key)
}

// want +1 NamedApp:`application registrations.NamedApp identity<> handlers<registrations.Named registrations.Named>$`
type NamedApp struct{}

func (NamedApp) Configure(c dogma.ApplicationConfigurer) {
	c.RegisterAggregate(Named{Name: "first", Key: "5d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"})
	c.RegisterAggregate(Named{Name: "second"})
}

type FieldRoutes struct {
	dogma.AggregateMessageHandler
	routes []dogma.AggregateRoute
}

func (h FieldRoutes) Configure(c dogma.AggregateConfigurer) {
	c.Identity("field-routes", "6d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
	c.Routes(h.routes...)
}

type CopiedRoutes struct {
	dogma.AggregateMessageHandler
	routes []dogma.AggregateRoute
}

// A pointer receiver that is copied: its fields may change.
func (h *CopiedRoutes) Configure(c dogma.AggregateConfigurer) {
	keep(h)
	c.Routes(h.routes...)
}

func keep(*CopiedRoutes) {}
