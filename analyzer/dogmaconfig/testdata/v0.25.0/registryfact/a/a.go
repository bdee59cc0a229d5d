package a // want package:`registry\(2 registrations, incomplete=false\)`

// a registers two types at start-up; its fact carries them.

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string                { return "" }
func (*base) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*base) UnmarshalBinary(b []byte) error            { return nil }
func (*base) Validate(dogma.EventValidationScope) error { return nil }

type (
	X struct{ base }
	Y struct{ base }
	Z struct{ base }
)

func init() {
	dogma.RegisterEvent[*X]("bd2152d1-8137-4ebc-bf98-3d37acfc8e33")
	dogma.RegisterEvent[*Y]("4d896829-8229-4cef-a8b0-8226d9d6c25c")
}
