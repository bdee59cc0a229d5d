// Package lib holds configuration helpers that handlers of another package
// call.
package lib

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

// want +1 Common:`helper param0 aggregate  identity<> routes<HandlesCommand:msgs.CmdA RecordsEvent:msgs.EvtA>`
func Common(c dogma.AggregateConfigurer) {
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

// want +1 Named:`helper param1 aggregate  identity<unknown/"5d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<>`
func Named(name string, c dogma.AggregateConfigurer) {
	c.Identity(name, "5d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
}

var saved dogma.AggregateConfigurer

// want +1 Keeps:`helper param0 aggregate  identity<partial> routes<partial> disabled:unknown`
func Keeps(c dogma.AggregateConfigurer) {
	saved = c
}

// want +1 Routes:`routes<RecordsEvent:msgs.EvtB>`
func Routes() []dogma.AggregateRoute {
	return []dogma.AggregateRoute{dogma.RecordsEvent[msgs.EvtB]()}
}

// unexported helpers get no fact.
func common(c dogma.AggregateConfigurer) { Common(c) }

// RoutesFor takes a parameter: its result is not followed, and it has no
// fact.
func RoutesFor(extra bool) []dogma.AggregateRoute {
	return []dogma.AggregateRoute{dogma.RecordsEvent[msgs.EvtB]()}
}

// Branchy builds its routes on some paths only: no fact.
func Branchy() []dogma.AggregateRoute {
	var r []dogma.AggregateRoute
	if len(r) == 0 {
		r = append(r, dogma.RecordsEvent[msgs.EvtB]())
	}
	return r
}
