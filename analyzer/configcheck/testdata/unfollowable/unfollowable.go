// Package unfollowable configures its handlers and application in ways
// extraction cannot follow. Read naively, each would break a rule (missing
// identity or routes, duplicates, conflicts); none is proven, so nothing is
// reported, and nothing crashes.
package unfollowable

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type configurer interface {
	ApplyTo(dogma.AggregateConfigurer)
}

// ViaInterface configures itself through an interface method.
type ViaInterface struct {
	dogma.AggregateMessageHandler
	C configurer
}

func (h ViaInterface) Configure(c dogma.AggregateConfigurer) {
	h.C.ApplyTo(c)
}

// ViaFuncValue passes the configurer to a function value.
type ViaFuncValue struct {
	dogma.AggregateMessageHandler
	F func(dogma.AggregateConfigurer)
}

func (h ViaFuncValue) Configure(c dogma.AggregateConfigurer) {
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	h.F(c)
}

// ViaClosure captures the configurer in a closure.
type ViaClosure struct{ dogma.AggregateMessageHandler }

func (ViaClosure) Configure(c dogma.AggregateConfigurer) {
	add := func(rs ...dogma.AggregateRoute) { c.Routes(rs...) }
	add(dogma.HandlesCommand[msgs.CmdA]())
	add(dogma.RecordsEvent[msgs.EvtA]())
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

// Recursive configures through a recursive helper.
type Recursive struct{ dogma.AggregateMessageHandler }

func (Recursive) Configure(c dogma.AggregateConfigurer) {
	identity(c, 2)
}

func identity(c dogma.AggregateConfigurer, n int) {
	if n > 0 {
		identity(c, n-1)
		return
	}
	c.Identity("recursive", "91000000-0000-4000-8000-000000000000")
}

// InLoop adds routes in a loop.
type InLoop struct{ dogma.AggregateMessageHandler }

func (InLoop) Configure(c dogma.AggregateConfigurer) {
	c.Identity("loop", "92000000-0000-4000-8000-000000000000")
	for _, r := range []dogma.AggregateRoute{dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]()} {
		c.Routes(r)
	}
}

// Deferred identifies itself in a deferred call.
type Deferred struct{ dogma.AggregateMessageHandler }

func (Deferred) Configure(c dogma.AggregateConfigurer) {
	defer c.Identity("deferred", "93000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

// Dynamic takes its identity and routes from fields.
type Dynamic struct {
	dogma.AggregateMessageHandler
	Name, Key string
	Routes    []dogma.AggregateRoute
}

func (h Dynamic) Configure(c dogma.AggregateConfigurer) {
	c.Identity(h.Name, h.Key)
	c.Routes(h.Routes...)
}

var handlers = []dogma.AggregateMessageHandler{ViaClosure{}, ViaClosure{}}

// App registers handlers in a loop and through interface values.
type App struct {
	Extra  dogma.AggregateMessageHandler
	Name   string
	Key    string
	Routes []dogma.AggregateRoute
}

func (a App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity(a.Name, "94000000-0000-4000-8000-000000000000")
	for _, h := range handlers {
		c.RegisterAggregate(h)
	}
	c.RegisterAggregate(a.Extra)
	c.RegisterAggregate(ViaInterface{})
	c.RegisterAggregate(ViaInterface{})
	c.RegisterAggregate(Recursive{})
	// The registered values' fields come from the application's own.
	c.RegisterAggregate(Dynamic{Name: a.Name, Key: a.Key, Routes: a.Routes})
	c.RegisterAggregate(Dynamic{Name: a.Name, Key: a.Key, Routes: a.Routes})
}
