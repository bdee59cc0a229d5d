package a

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type root struct{ n int }

func (*root) ApplyEvent(dogma.Event) {}

// aggregate breaks every rule.
type aggregate struct{}

func (aggregate) Configure(dogma.AggregateConfigurer) {}

func (aggregate) New() dogma.AggregateRoot {
	if false {
		return (*root)(nil) // want `aggregate.New returns a nil \*root, which dogma forbids`
	}
	var r *root
	if true {
		return r // want `aggregate.New returns a nil \*root`
	}
	return nil // want `aggregate.New returns nil, which dogma forbids`
}

func (aggregate) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case Open:
		return m.ID
	}
	return "" // want `aggregate.RouteCommandToInstance returns an empty instance ID`
}

func (aggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

// goodAggregate returns valid values, or values that cannot be followed.
type goodAggregate struct{}

func (goodAggregate) Configure(dogma.AggregateConfigurer) {}

func (goodAggregate) New() dogma.AggregateRoot {
	var r *root
	r = &root{}
	if r.n > 0 {
		return r
	}
	var p *root
	initialise(&p)
	if p != nil {
		return p
	}
	f := func() dogma.AggregateRoot { return nil } // a closure's returns are not New's
	if f != nil {
		return newRoot(1)
	}
	return &root{}
}

func initialise(p **root) { *p = &root{} }

// newRoot is not a handler method, and not certainly nil.
func newRoot(n int) *root {
	if n > 0 {
		return &root{n: n}
	}
	return nil
}

func (goodAggregate) RouteCommandToInstance(m dogma.Command) string {
	id := ""
	if o, ok := m.(Open); ok {
		id = o.ID
	}
	return id
}

func (goodAggregate) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

type process struct {
	dogma.NoTimeoutMessagesBehavior
}

func (process) Configure(dogma.ProcessConfigurer) {}

func (process) New() dogma.ProcessRoot {
	return nil // want `process.New returns nil`
}

func (process) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	switch m := m.(type) {
	case Opened:
		if m.ID == "" {
			return "", true, nil // want `process.RouteEventToInstance returns an empty instance ID with ok true`
		}
		return m.ID, true, nil
	}
	return "", false, nil
}

func (process) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil
}

// lookalike has handler-like methods but is not a handler.
type lookalike struct{}

func (lookalike) New() dogma.AggregateRoot                    { return nil }
func (lookalike) RouteCommandToInstance(dogma.Command) string { return "" }
func (lookalike) RouteEventToInstance() (string, bool, error) { return "", true, nil }

// generic is a generic aggregate.
type generic[T any] struct{ v T }

func (generic[T]) Configure(dogma.AggregateConfigurer) {}
func (generic[T]) New() dogma.AggregateRoot {
	return nil // want `generic.New returns nil`
}
func (generic[T]) RouteCommandToInstance(dogma.Command) string { return "x" }
func (generic[T]) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {
}

type suppressed struct{ dogma.StatelessProcessBehavior }

func (suppressed) Configure(dogma.ProcessConfigurer) {}
func (suppressed) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	//dogmavet:ignore empty-instance-id the engine under test tolerates it
	return "", true, nil
}
func (suppressed) HandleEvent(context.Context, dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error {
	return nil //dogmavet:ignore empty-instance-id nothing to suppress here // want `unused //dogmavet:ignore directive: nothing here is reported as empty-instance-id`
}
func (suppressed) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}
