// Package conditional registers a type on some paths only: the registry is
// incomplete, and the route to it is silent. A registration after a
// statement that may return is not certain either.
package conditional

import (
	"os"

	"github.com/dogmatiq/dogma"
)

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Always     struct{ base }
	Sometimes  struct{ base }
	AfterCheck struct{ base }
)

func init() {
	dogma.RegisterEvent[*Always]("8acb0e57-e257-46b5-8dca-b563d5755ae5")
	if os.Getenv("REGISTER") != "" {
		dogma.RegisterEvent[*Sometimes]("81942f55-e52d-4284-8aa5-5687145ffc2f")
	}
}

func init() {
	if os.Getenv("EARLY") != "" {
		return
	}
	// Runs on some paths only: the same ID as Always is no certain
	// conflict.
	dogma.RegisterEvent[*AfterCheck]("8acb0e57-e257-46b5-8dca-b563d5755ae5")
}

type Projection struct{}

func (Projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "1f890f93-31a4-4e3d-91b2-6daada91d69a")
	c.Routes(
		dogma.HandlesEvent[*Always](),
		dogma.HandlesEvent[*Sometimes](), // registered on some paths: silent
	)
}
