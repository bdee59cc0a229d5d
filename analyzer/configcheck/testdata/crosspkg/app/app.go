// Package app registers handlers of another package, which conflict.
package app

import (
	"github.com/dogmatiq/dogma"

	"example.test/crosspkg/handlers"
	"example.test/msgs"
)

type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("app", "81000000-0000-4000-8000-000000000000")
	c.RegisterAggregate(handlers.Agg{})              // want `handler key "81000000-0000-4000-8000-000000000000" of aggregate handlers.Agg \(agg\) is the application's key`
	c.RegisterIntegration(handlers.Int{})            // want `aggregate handlers.Agg \(agg\) and integration handlers.Int \(int\) both handle the command msgs.CmdA`
	c.RegisterIntegration(handlers.Gen[msgs.EvtA]{}) // want `both record the event msgs.EvtA`
}

// Reports registers a handler of another package with field values: each
// registration is judged with its own.
type Reports struct{ Name string }

func (a Reports) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("reports", "82000000-0000-4000-8000-000000000000")
	events := []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA]()}
	c.RegisterProjection(handlers.Report{Name: "daily", Key: "83000000-0000-4000-8000-000000000000", Routes: events})
	c.RegisterProjection(handlers.Report{Name: "weekly", Key: "84000000-0000-4000-8000-000000000000", Routes: events})
	c.RegisterProjection(handlers.Report{Name: "daily", Key: "85000000-0000-4000-8000-000000000000", Routes: events}) // want `handler name "daily" of projection handlers.Report \(daily\) is already used by projection handlers.Report \(daily\)`
	c.RegisterProjection(handlers.Report{Name: "no-routes", Key: "86000000-0000-4000-8000-000000000000"})             // want `projection handlers.Report \(no-routes\): projection has no HandlesEvent route`
	c.RegisterProjection(handlers.Report{Name: a.Name, Key: "87000000-0000-4000-8000-000000000000", Routes: events})
	c.RegisterProjection(handlers.Report{Name: a.Name, Key: "88000000-0000-4000-8000-000000000000", Routes: events})
}

// RouteFields proves a duplicate route held in the registered value's field.
type RouteFields struct{}

func (RouteFields) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("route-fields", "89000000-0000-4000-8000-000000000000")
	twice := []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA](), dogma.HandlesEvent[msgs.EvtA]()}
	c.RegisterProjection(handlers.Report{Name: "twice", Key: "8a000000-0000-4000-8000-000000000000", Routes: twice}) // want `projection handlers.Report \(twice\): HandlesEvent route for msgs.EvtA is added more than once`
}

// Outer embeds a Report: its Configure reads the embedded Report's fields,
// not Outer's own Name, and the embedded value is not followed: no finding.
type Outer struct {
	handlers.Report
	Name string
}

type Embedded struct{}

func (Embedded) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("embedded", "8b000000-0000-4000-8000-000000000000")
	c.RegisterProjection(Outer{Name: "", Report: handlers.Report{Name: "x", Key: "8c000000-0000-4000-8000-000000000000"}})
}
