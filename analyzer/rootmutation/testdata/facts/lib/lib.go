// Package lib declares a root and helpers that the handlers of package
// facts call: their mutations reach facts through funcsummary's facts.
package lib

import "github.com/dogmatiq/dogma"

type Credited struct{ N int }

func (Credited) MessageDescription() string                { return "credited" }
func (Credited) Validate(dogma.EventValidationScope) error { return nil }

type Wallet struct {
	Coins int
	Log   []string
}

func (w *Wallet) ApplyEvent(e dogma.Event) {
	if c, ok := e.(Credited); ok {
		w.Coins += c.N
	}
}

// Add changes the receiver.
func (w *Wallet) Add(n int) { w.Coins += n }

// Credit only records an event.
func (w *Wallet) Credit(s dogma.AggregateCommandScope, n int) {
	if w.Coins+n > 100 {
		return
	}
	s.RecordEvent(Credited{N: n})
}

// Empty changes its parameter.
func Empty(w *Wallet) { w.Log = nil }

// Touch changes its parameter through a method of its own package.
func Touch(w *Wallet) { w.Add(1) }

// Peek only reads.
func Peek(w *Wallet) int { return w.Coins }

// Apply calls ApplyEvent itself.
func Apply(w *Wallet, e dogma.Event) { w.ApplyEvent(e) }
