// Package a registers a type with an ID that package b gives another type.
package a

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	X struct{ base }
	Y struct{ base }
)

func init() {
	dogma.RegisterEvent[*X]("e95d2def-c5f1-4a98-87a9-189c472250b3")
	dogma.RegisterEvent[*Y]("91a6870a-26e8-43bf-8169-86616266d873")
}
