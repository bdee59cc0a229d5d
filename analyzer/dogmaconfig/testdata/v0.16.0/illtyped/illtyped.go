// Package illtyped does not type-check; extraction of Routes registrations
// and forwarding adaptors must not crash and must not claim what it cannot
// see.
package illtyped

import (
	"github.com/dogmatiq/dogma"
)

// want +1 App:`application illtyped.App identity<> handlers<partial>$`
type App struct{}

func (App) Configure(c dogma.ApplicationConfigurer) {
	c.Routes(
		dogma.ViaIntegration(),
		dogma.ViaIntegration(Missing{}),
		dogma.ViaProjection(wrap(Missing{})),
		dogma.ViaProjection(broken(nil)),
	)
	c.Routes(undefinedRoutes...)
	c.Routes([]dogma.HandlerRoute{dogma.ViaAggregate(Missing{})}...)
	c.Routes(Undefined{}...)
}

type wrapper struct{ Handler Missing }

func wrap(h Missing) dogma.ProjectionMessageHandler { return &wrapper{Handler: h} }

func broken(h dogma.ProjectionMessageHandler) dogma.ProjectionMessageHandler {
	return &Undefined{Field: h}
}
