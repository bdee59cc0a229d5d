// Package lookalike calls a RegisterEvent that is not dogma's: its IDs are
// no registry IDs, and the types it registers are not registered.
package lookalike

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Registered struct{ base }
	OwnOnly    struct{ base }
	OwnOnly2   struct{ base }
)

// RegisterEvent is this package's own.
func RegisterEvent[T any](id string) {}

func init() {
	dogma.RegisterEvent[*Registered]("fa3f1e55-e73e-4e8f-a12d-7f61143b6642")
	RegisterEvent[*OwnOnly]("not-a-uuid")
	RegisterEvent[*OwnOnly2]("not-a-uuid")
	RegisterEvent[*Registered]("fa3f1e55-e73e-4e8f-a12d-7f61143b6642")
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "4397254a-7ea9-4949-80ee-36a3b5e8bcee")
	c.Routes(
		dogma.HandlesEvent[*Registered](),
		dogma.HandlesEvent[*OwnOnly](), // want `HandlesEvent route for \*lookalike.OwnOnly needs the type in dogma's message type registry`
	)
}
