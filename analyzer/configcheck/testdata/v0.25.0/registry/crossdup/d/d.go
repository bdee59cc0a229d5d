// Package d gives its own type the ID of a.X; d does not import a, so the
// conflict is not visible here.
package d

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type Z struct{ base }

func init() {
	dogma.RegisterEvent[*Z]("e95d2def-c5f1-4a98-87a9-189c472250b3")
}
