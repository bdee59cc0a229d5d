// Package lib is a helper package that handlers of another package pass
// their scope to.
package lib

import (
	"github.com/dogmatiq/dogma"
)

// Audited is an event the helper records.
type Audited struct{ ID string }

func (m Audited) MessageDescription() string                { return "audited " + m.ID }
func (m Audited) Validate(dogma.EventValidationScope) error { return nil }

// Audit records an Audited event on s.
func Audit(s dogma.IntegrationCommandScope) {
	s.RecordEvent(Audited{})
}

// Record records e on s, whatever its type.
func Record(s dogma.IntegrationCommandScope, e dogma.Event) {
	s.RecordEvent(e)
}
