// Package mutatescope shows that mutate-calls-scope, a rule of dogma
// v0.24.0 on, reports nothing on v0.15.0: its process scopes have no Mutate, and
// a Mutate method of the application's own is not dogma's.
package mutatescope

import "github.com/dogmatiq/dogma"

type state struct{ done bool }

// store has a Mutate method that takes a callback, as dogma's does from
// v0.24.0.
type store struct{ st state }

func (s *store) Mutate(fn func(*state)) { fn(&s.st) }

// finish calls the scope in the callback of a Mutate that is not dogma's.
func finish(st *store, s dogma.ProcessEventScope) {
	st.Mutate(func(x *state) {
		x.done = true
		s.Log("done")
		s.End()
	})
}
