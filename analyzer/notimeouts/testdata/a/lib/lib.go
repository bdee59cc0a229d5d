// Package lib schedules timeouts for processes of other packages.
package lib

import (
	"time"

	"github.com/dogmatiq/dogma"
)

type Later struct{}

func (Later) MessageDescription() string                  { return "later" }
func (Later) Validate(dogma.TimeoutValidationScope) error { return nil }

// RemindLater schedules a timeout.
func RemindLater(s dogma.ProcessEventScope) { s.ScheduleTimeout(Later{}, time.Now()) }
