// Package registrations finds application-wide conflicts through handlers
// registered as pointers, constructor results, aliases, provable adaptors
// and struct fields.
package registrations

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type Agg struct{ dogma.AggregateMessageHandler }

func (*Agg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("agg", "e1000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

type Int struct {
	dogma.IntegrationMessageHandler
}

func (Int) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("int", "e2000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type IntAlias = Int

func NewAgg() *Agg { return &Agg{} }

func Adapt(i Int) dogma.IntegrationMessageHandler { return i }

type Pointer struct{}

func (Pointer) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("pointer", "e3000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(&Agg{})
	c.RegisterIntegration(Int{}) // want `both handle the command msgs.CmdA`
}

type Constructor struct{}

func (Constructor) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("constructor", "e4000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(NewAgg())
	c.RegisterAggregate(NewAgg()) // want `handler name "agg" of aggregate \*registrations.Agg \(agg\) is already used` `handler key` `both handle the command msgs.CmdA` `both record the event msgs.EvtA`
}

type Alias struct{}

func (Alias) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("alias", "e5000000-0000-4000-8000-000000000000")
	c.RegisterIntegration(IntAlias{})
	c.RegisterIntegration(Adapt(Int{})) // want `handler name "int"` `handler key` `both handle the command msgs.CmdA`
}

type Fields struct {
	A *Agg
	I Int
}

func (f Fields) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("fields", "e6000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(f.A)
	c.RegisterIntegration(f.I) // want `both handle the command msgs.CmdA`
}

// Branches registers conflicting handlers on exclusive paths: no finding.
type Branches struct{ UseAgg bool }

func (b Branches) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("branches", "e7000000-0000-4000-8000-000000000000")
	if b.UseAgg {
		c.RegisterAggregate(&Agg{})
	} else {
		c.RegisterIntegration(Int{})
	}
}

// Dynamic registers handlers extraction cannot see: no finding.
type Dynamic struct {
	H dogma.IntegrationMessageHandler
}

func (d Dynamic) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("dynamic", "e8000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(&Agg{})
	c.RegisterIntegration(d.H)
}
