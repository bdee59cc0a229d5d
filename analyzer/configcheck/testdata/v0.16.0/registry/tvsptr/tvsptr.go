// Package tvsptr registers value types on dogma v0.16.0, which allows
// messages with value receivers. The registry is keyed by the Go type: a
// route to *T finds no registration of T, and registering both T and *T is
// not registering one type twice.
package tvsptr

import "github.com/dogmatiq/dogma"

type Opened struct{}

func (Opened) MessageDescription() string                { return "" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

type Both struct{}

func (Both) MessageDescription() string                { return "" }
func (Both) Validate(dogma.EventValidationScope) error { return nil }

func init() {
	dogma.RegisterEvent[Opened]("566a7397-b55b-428f-b294-d894a901bb2f")
	dogma.RegisterEvent[Both]("f9020a3e-701b-40b7-bb9e-dd88552a04a1")
	dogma.RegisterEvent[*Both]("a16867c7-df32-40fe-a755-53dd1d658c17")
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "2a39f237-6e8f-4c4d-acff-a7cd3ee4b43a")
	c.Routes(
		dogma.HandlesEvent[Opened](),
		// route-receiver reports the pointer too.
		dogma.HandlesEvent[*Opened](), // want `does not use a pointer receiver` `HandlesEvent route for \*tvsptr.Opened needs the type .* or use the registered type \(the registry tells \*tvsptr.Opened and tvsptr.Opened apart\)`
		dogma.HandlesEvent[Both](),
	)
}
