// Package msgs declares message types and registers one of them; package
// reg registers the others.
package msgs

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	Here      struct{ base }
	Elsewhere struct{ base }
	Nowhere   struct{ base }
)

func init() {
	dogma.RegisterEvent[*Here]("59b08b2d-c942-4ca4-bf79-98179a885579")
}
