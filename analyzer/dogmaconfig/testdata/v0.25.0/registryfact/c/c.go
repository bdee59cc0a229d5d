// Package c makes no registration and imports nothing that does: it
// exports no fact.
package c

import "github.com/dogmatiq/dogma"

type M struct{}

func (*M) MessageDescription() string                { return "" }
func (*M) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*M) UnmarshalBinary(b []byte) error            { return nil }
func (*M) Validate(dogma.EventValidationScope) error { return nil }

var _ dogma.Event = (*M)(nil)
