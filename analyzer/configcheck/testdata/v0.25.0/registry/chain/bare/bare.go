// Package bare declares a message type and registers none: its types may
// be registered by any package that imports it, which a handler's package
// need not see.
package bare

import "github.com/dogmatiq/dogma"

type Unseen struct{}

func (*Unseen) MessageDescription() string                { return "" }
func (*Unseen) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Unseen) UnmarshalBinary(b []byte) error            { return nil }
func (*Unseen) Validate(dogma.EventValidationScope) error { return nil }
