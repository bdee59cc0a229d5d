// Package plain does not use dogma: funcsummary summarizes no package
// that does not, so its helpers' mutations are not known and the calls
// stay silent.
package plain

// Tally is state a root holds.
type Tally struct{ N int }

// Bump changes the receiver.
func (t *Tally) Bump() { t.N++ }
