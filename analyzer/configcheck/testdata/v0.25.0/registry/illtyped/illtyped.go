// Package illtyped does not type-check: registrations of undefined types or
// with undefined IDs cannot be followed, so the registry is incomplete and
// the route to an unregistered type is silent; nothing crashes.
package illtyped

import "github.com/dogmatiq/dogma"

type Known struct{}

func (*Known) MessageDescription() string                { return "" }
func (*Known) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Known) UnmarshalBinary(b []byte) error            { return nil }
func (*Known) Validate(dogma.EventValidationScope) error { return nil }

type (
	Other struct{ Known }
	Never struct{ Known }
)

func init() {
	dogma.RegisterEvent[*Undefined]("37126679-cb0d-4934-ae6b-b55a25360f9d")
	dogma.RegisterEvent[*Known](undefinedID)
	dogma.RegisterEvent[*Other]()
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "17c6c66c-8728-44a2-a2d4-00a485f877db")
	c.Routes(dogma.HandlesEvent[*Known](), dogma.HandlesEvent[*Never]())
}
