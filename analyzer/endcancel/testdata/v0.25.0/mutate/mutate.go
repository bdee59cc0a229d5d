// Package mutate checks mutate-calls-scope on dogma v0.25.0: the callback
// passed to Mutate must not call any methods on the scope.
package mutate

import (
	"context"

	"example.test/endcancel/afterend/lib"

	"github.com/dogmatiq/dogma"
)

type root = lib.Root

type base struct {
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (base) Configure(dogma.ProcessConfigurer) {}

func (base) New() *root { return &root{} }

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// logs calls a scope method.
func logs(s dogma.ProcessEventScope[*root]) { s.Log("mutating") }

// viaLogs reaches the scope call through another helper.
func viaLogs(s dogma.ProcessEventScope[*root]) { logs(s) }

type direct struct{ base }

func (direct) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		r.Done = true
		s.ExecuteCommand(&lib.Ship{}) // want `s.ExecuteCommand is called in the callback passed to Mutate, which must not call any methods on the scope: only change the root there, and call the scope before or after Mutate`
		_ = s.InstanceID()            // want `s.InstanceID is called in the callback passed to Mutate`
	})
	return nil
}

type helper struct{ base }

func (helper) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		r.Done = true
		logs(s)    // want `s.Log in logs is called in the callback passed to Mutate`
		viaLogs(s) // want `s.Log in logs \(via viaLogs\) is called in the callback passed to Mutate`
		lib.Log(s) // want `s.Log in lib.Log is called in the callback passed to Mutate`
	})
	return nil
}

// nested calls Mutate in the callback, and the scope in a closure it calls
// where it is written.
type nested struct{ base }

func (nested) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		s.Mutate(func(r *root) { r.Done = true }) // want `s.Mutate is called in the callback`
		func() {
			s.Log("now") // want `s.Log is called in the callback`
		}()
	})
	return nil
}

// field reaches the scope through another variable: a field of the
// handler.
type field struct {
	base
	scope dogma.ProcessEventScope[*root]
}

func (h field) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	h.scope = s
	s.Mutate(func(r *root) {
		h.scope.Log("x") // want `h.scope.Log is called in the callback`
	})
	return nil
}

// callbacks passes functions that are not literals.
type callbacks struct {
	base
	s dogma.ProcessEventScope[*root]
}

func (h *callbacks) apply(r *root) {
	r.Done = true
	h.s.Log("applied") // want `h.s.Log is called in the callback`
}

var global dogma.ProcessEventScope[*root]

func applyGlobal(r *root) {
	global.Log("x") // want `global.Log is called in the callback`
}

func (h *callbacks) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	h.s = s
	s.Mutate(h.apply)
	s.Mutate(applyGlobal)
	f := func(r *root) {
		s.Log("x") // want `s.Log is called in the callback`
	}
	s.Mutate(f)
	return nil
}

// Look-alikes that must stay silent.

// outside calls the scope before and after Mutate, not in the callback.
type outside struct{ base }

func (outside) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Log("before")
	s.Mutate(func(r *root) { r.Done = true })
	logs(s)
	s.ExecuteCommand(&lib.Ship{})
	return nil
}

// later keeps a closure that calls the scope, and starts a goroutine: they
// do not run as part of the callback.
type later struct {
	base
	after func()
}

func (h *later) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		r.Done = true
		h.after = func() { s.Log("later") }
	})
	h.after()
	return nil
}

// notScope calls a helper that does not use its scope, and a helper that
// takes no scope.
func quiet(dogma.ProcessEventScope[*root]) {}

func touch(r *root) { r.Done = true }

type notScope struct{ base }

func (notScope) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		quiet(s)
		touch(r)
	})
	return nil
}

// unknown passes a callback whose body is not known: a parameter, a
// reassigned variable.
func unknown(s dogma.ProcessEventScope[*root], f func(*root), cond bool) {
	s.Mutate(f)
	g := func(r *root) { s.Log("x") }
	if cond {
		g = touch
	}
	s.Mutate(g)
}

// mutator has a Mutate method that is not dogma's.
type mutator struct {
	s dogma.ProcessEventScope[*root]
}

func (m mutator) Mutate(fn func(*root)) { fn(&root{}) }

func notDogma(m mutator) {
	m.Mutate(func(r *root) {
		m.s.Log("fine here")
	})
}
