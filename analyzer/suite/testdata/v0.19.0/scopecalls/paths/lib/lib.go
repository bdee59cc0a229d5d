// Package lib is a helper package that handlers of another package pass
// their scope to.
package lib

import (
	"encoding/json"

	"github.com/dogmatiq/dogma"
)

func init() { dogma.RegisterEvent[*Audited]("62f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b07") }

// Audited is an event the helper records.
type Audited struct{ ID string }

func (m *Audited) MessageDescription() string                { return "audited " + m.ID }
func (m *Audited) Validate(dogma.EventValidationScope) error { return nil }
func (m *Audited) MarshalBinary() ([]byte, error)            { return json.Marshal(m) }
func (m *Audited) UnmarshalBinary(data []byte) error         { return json.Unmarshal(data, m) }

// Audit records an Audited event on s.
func Audit(s dogma.IntegrationCommandScope) {
	s.RecordEvent(&Audited{})
}

// Record records e on s, whatever its type.
func Record(s dogma.IntegrationCommandScope, e dogma.Event) {
	s.RecordEvent(e)
}
