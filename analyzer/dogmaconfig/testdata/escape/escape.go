// want package:`^\{package [^\n]*?(\n[^\n]*)*\naggregate escape.Interface identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA>(\n[^\n]*)*\n[^\n]*identity<> routes<>(\n[^\n]*)*\}$`
// Package escape holds configurers passed where extraction cannot follow
// them: every part of such a configuration is unknown, and nothing panics.
package escape

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const key = "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"

type applier interface {
	Apply(dogma.AggregateConfigurer)
}

type Interface struct {
	dogma.AggregateMessageHandler
	a applier
}

func (h Interface) Configure(c dogma.AggregateConfigurer) {
	c.Identity("a", key)
	h.a.Apply(c)
}

type FuncValue struct {
	dogma.AggregateMessageHandler
	f func(dogma.AggregateConfigurer)
}

func (h FuncValue) Configure(c dogma.AggregateConfigurer) {
	h.f(c)
	fn := configureRoutes
	fn(c)
}

func configureRoutes(c dogma.AggregateConfigurer) {
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type Closure struct {
	dogma.AggregateMessageHandler
}

func (Closure) Configure(c dogma.AggregateConfigurer) {
	add := func(r dogma.AggregateRoute) { c.Routes(r) }
	add(dogma.HandlesCommand[msgs.CmdA]())
	c.Identity("a", key)
}

type Recursive struct {
	dogma.AggregateMessageHandler
}

func (Recursive) Configure(c dogma.AggregateConfigurer) {
	recurse(c, 3)
}

func recurse(c dogma.AggregateConfigurer, n int) {
	if n == 3 {
		c.Identity("a", key)
	}
	recurse(c, n-1)
}

type Mutual struct {
	dogma.AggregateMessageHandler
}

func (Mutual) Configure(c dogma.AggregateConfigurer) { ping(c) }

func ping(c dogma.AggregateConfigurer) { pong(c) }
func pong(c dogma.AggregateConfigurer) { ping(c) }

type Stored struct {
	dogma.AggregateMessageHandler
}

var saved dogma.AggregateConfigurer

func (Stored) Configure(c dogma.AggregateConfigurer) {
	saved = c
	saved.Identity("a", key)
}

type Alias struct {
	dogma.AggregateMessageHandler
}

func (Alias) Configure(c dogma.AggregateConfigurer) {
	cfg := c
	cfg.Identity("a", key)
	cfg.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type Unnamed struct {
	dogma.AggregateMessageHandler
}

func (Unnamed) Configure(dogma.AggregateConfigurer) {}
