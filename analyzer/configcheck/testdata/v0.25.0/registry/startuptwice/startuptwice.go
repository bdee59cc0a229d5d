// Package startuptwice registers through a helper that two places call: it
// may run at any time, so its registrations are not certain, the registry
// is incomplete, and routes to types it does not name stay silent.
package startuptwice

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Helped    struct{ base }
	Elsewhere struct{ base }
)

var _ = register()

func init() {
	register()
}

func register() bool {
	dogma.RegisterEvent[*Helped]("7a14c411-10f4-4e2e-8fa4-1609095aadf8")
	return true
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "5d0fe99b-e8e8-4238-9e07-4661d200ed14")
	c.Routes(
		dogma.HandlesEvent[*Helped](),
		dogma.HandlesEvent[*Elsewhere](), // registry incomplete: silent
	)
}
