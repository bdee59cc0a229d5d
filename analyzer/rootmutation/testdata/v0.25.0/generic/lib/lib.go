// Package lib holds helpers of another package for package generic. It
// uses dogma, so funcsummary exports facts for it.
package lib

import "github.com/dogmatiq/dogma"

// Describe describes an event.
func Describe(e dogma.Event) string { return e.MessageDescription() }

// Counter is state a root embeds.
type Counter struct{ N int }

// Inc changes the receiver.
func (c *Counter) Inc() { c.N++ }

// Value only reads.
func (c *Counter) Value() int { return c.N }

// SetAll changes the map it is given.
func SetAll(m map[string]int, v int) {
	for k := range m {
		m[k] = v
	}
}
