// Package slices finds a duplicate route through a route slice built in
// Configure and one built by a constructor.
package slices

import (
	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type H struct {
	dogma.IntegrationMessageHandler
}

func (H) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("slices", "c1000000-0000-4000-8000-000000000000")
	routes := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	routes = append(routes, dogma.HandlesCommand[msgs.CmdA]()) // want `HandlesCommand route for msgs.CmdA is added more than once`
	c.Routes(routes...)
}

type FromConstructor struct {
	dogma.IntegrationMessageHandler
}

func (FromConstructor) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("constructor", "c2000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	c.Routes(newRoutes()...)
}

func newRoutes() []dogma.IntegrationRoute {
	return []dogma.IntegrationRoute{
		dogma.HandlesCommand[msgs.CmdB](), // want `HandlesCommand route for msgs.CmdB is added more than once`
	}
}

// Appended conditionally: the slice is unknown, so nothing is reported.
type Conditional struct {
	dogma.IntegrationMessageHandler
	more bool
}

func (h Conditional) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("conditional", "c3000000-0000-4000-8000-000000000000")
	routes := []dogma.IntegrationRoute{dogma.HandlesCommand[msgs.CmdA]()}
	if h.more {
		routes = append(routes, dogma.HandlesCommand[msgs.CmdA]())
	}
	c.Routes(routes...)
}

var shared = []dogma.IntegrationRoute{
	dogma.HandlesCommand[msgs.CmdB](),
	dogma.HandlesCommand[msgs.CmdB](), // want `HandlesCommand route for msgs.CmdB is added more than once`
}

type FromPackageVar struct {
	dogma.IntegrationMessageHandler
}

func (FromPackageVar) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("package-var", "c4000000-0000-4000-8000-000000000000")
	c.Routes(shared...)
}

type AlsoFromPackageVar struct {
	dogma.IntegrationMessageHandler
}

func (AlsoFromPackageVar) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("also-package-var", "c5000000-0000-4000-8000-000000000000")
	c.Routes(shared...)
}
