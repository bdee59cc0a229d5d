// Package lib holds helpers of another package: what they produce reaches
// the handlers of package a through facts.
package lib

import (
	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

// Close records an event.
func Close(s dogma.AggregateCommandScope) { s.RecordEvent(messages.AccountClosed{}) }

// Open records an event.
func Open(s dogma.AggregateCommandScope) { s.RecordEvent(messages.AccountOpened{}) }

// Recorder hides what it records behind an interface.
type Recorder interface {
	Record(dogma.AggregateCommandScope)
}

// Reopen records a pointer to an event.
func Reopen(s dogma.AggregateCommandScope) { s.RecordEvent(&messages.AccountOpened{}) }
