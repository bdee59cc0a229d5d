// Package handler sees reg's registration through mid, two imports away,
// and leaves the types of a package that registers none to the application.
package handler

import (
	"github.com/dogmatiq/dogma"

	"example.test/configcheck/registry/chain/bare"
	_ "example.test/configcheck/registry/chain/mid"
	"example.test/configcheck/registry/chain/msgs"
)

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "3b797cb0-7c4a-403c-aca1-8c02cb8c8963")
	c.Routes(
		dogma.HandlesEvent[*msgs.Here](),
		dogma.HandlesEvent[*msgs.Elsewhere](),
		dogma.HandlesEvent[*msgs.Nowhere](), // want `HandlesEvent route for \*msgs.Nowhere needs the type`
		// bare registers nothing: the application's package, or main, may
		// register its types.
		dogma.HandlesEvent[*bare.Unseen](),
	)
}
