// Package mutatescope tests mutate-calls-scope on dogma v0.25.0: "The
// callback must not call any methods on the scope."
package mutatescope

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{}

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

type Ship struct{}

func (*Ship) MessageDescription() string                  { return "ship" }
func (*Ship) Validate(dogma.CommandValidationScope) error { return nil }
func (*Ship) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Ship) UnmarshalBinary([]byte) error                { return nil }

// Every message type is registered, as real code does.
func init() {
	dogma.RegisterEvent[*Started]("6859aaa1-01bb-42d1-af0a-59f52144117a")
	dogma.RegisterCommand[*Ship]("fe60502f-f777-4485-ba0d-f8d1c622a46f")
}

type root struct{ shipped bool }

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type base struct {
	dogma.NoDeadlineMessagesBehavior[*root]
}

func (base) New() *root { return &root{} }

func (base) Configure(c dogma.ProcessConfigurer) {
	c.Identity("mutatescope", "f4c833ba-773a-4b34-8e27-bff48372860e")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.ExecutesCommand[*Ship](),
	)
}

func (base) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

// ship executes a command on the scope it is given.
func ship(s dogma.ProcessEventScope[*root]) { s.ExecuteCommand(&Ship{}) }

// direct executes in the callback, itself and through a helper.
type direct struct{ base }

func (direct) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Mutate(func(r *root) {
		r.shipped = true
		s.ExecuteCommand(&Ship{}) // want `s.ExecuteCommand is called in the callback passed to Mutate, which must not call any methods on the scope`
		ship(s)                   // want `s.ExecuteCommand in ship is called in the callback passed to Mutate`
	})
	return nil
}

// named passes a method whose body calls the scope it keeps.
type named struct {
	base
	s dogma.ProcessEventScope[*root]
}

func (h *named) markShipped(r *root) {
	r.shipped = true
	h.s.Log("shipped") // want `h.s.Log is called in the callback passed to Mutate`
}

func (h *named) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	h.s = s
	s.Mutate(h.markShipped)
	return nil
}

// Look-alikes that must stay silent.

// outside calls the scope before and after the callback, which only changes
// the root.
type outside struct{ base }

func (outside) HandleEvent(_ context.Context, _ *root, s dogma.ProcessEventScope[*root], _ dogma.Event) error {
	s.Log("shipping")
	s.Mutate(func(r *root) { r.shipped = true })
	ship(s)
	return nil
}

// batch has a Mutate method that is not dogma's.
type batch struct {
	s dogma.ProcessEventScope[*root]
}

func (b batch) Mutate(fn func(*root)) { fn(&root{}) }

func useBatch(b batch) {
	b.Mutate(func(*root) { b.s.Log("not a scope callback") })
}
