// Package generic registers through a generic helper, which dogmavet does
// not follow: the registry is incomplete, and a route to a type it does not
// see registered is silent.
package generic

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Direct struct{ base }
	Helped struct{ base }
)

func register[T interface {
	*E
	dogma.Event
}, E any](id string) {
	dogma.RegisterEvent[T](id)
}

func init() {
	dogma.RegisterEvent[*Direct]("d389778e-e1c9-46d8-9e19-082957e2c2b5")
	register[*Helped]("fd127309-1899-447e-981d-084dc5b1ec54")
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "f7c5aac0-b525-4242-afbd-cbc40e4f5816")
	c.Routes(
		dogma.HandlesEvent[*Direct](),
		dogma.HandlesEvent[*Helped](), // registered through the helper: silent
	)
}
