// Package startup registers through functions that run once at start-up: a
// package-level variable's initialiser and a helper that init calls, each
// called nowhere else. Their registrations are certain, so a type left out
// of them is unregistered.
package startup

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	FromVar   struct{ base }
	FromInit  struct{ base }
	Nested    struct{ base }
	Forgotten struct{ base }
)

var _ = registerFromVar()

func registerFromVar() bool {
	dogma.RegisterEvent[*FromVar]("aa34939d-6d5a-4296-8ff0-3c4512ba967d")
	return true
}

func init() {
	registerFromInit()
}

func registerFromInit() {
	dogma.RegisterEvent[*FromInit]("7668858f-5a4b-4b7d-ae60-40a62495d9bd")
	registerNested()
}

func registerNested() {
	dogma.RegisterEvent[*Nested]("950d939b-221e-4586-9284-5c27a3fbc660")
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "09088e3d-7a1c-4205-8501-7fe44de15f8d")
	c.Routes(
		dogma.HandlesEvent[*FromVar](),
		dogma.HandlesEvent[*FromInit](),
		dogma.HandlesEvent[*Nested](),
		dogma.HandlesEvent[*Forgotten](), // want `HandlesEvent route for \*startup.Forgotten needs the type in dogma's message type registry, and the program registers it nowhere`
	)
}
