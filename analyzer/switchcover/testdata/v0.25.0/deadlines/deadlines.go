// Package deadlines checks switchcover on dogma v0.25.0: handlers generic
// over their root, HandleDeadline, and the message parameter of each method.
package deadlines

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{}

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

type Stopped struct{}

func (*Stopped) MessageDescription() string                { return "stopped" }
func (*Stopped) Validate(dogma.EventValidationScope) error { return nil }
func (*Stopped) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Stopped) UnmarshalBinary([]byte) error              { return nil }

type Remind struct{}

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

type Expire struct{}

func (*Expire) MessageDescription() string                   { return "expire" }
func (*Expire) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Expire) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Expire) UnmarshalBinary([]byte) error                 { return nil }

// Late is a deadline the process does not route.
type Late struct{}

func (*Late) MessageDescription() string                   { return "late" }
func (*Late) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Late) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Late) UnmarshalBinary([]byte) error                 { return nil }

type root struct{}

func (*root) ProcessInstanceDescription(bool) string { return "" }
func (*root) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*root) UnmarshalBinary([]byte) error           { return nil }

type order struct{}

func (order) Configure(c dogma.ProcessConfigurer) {
	c.Identity("order", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesEvent[*Started](),
		dogma.HandlesEvent[*Stopped](),
		dogma.SchedulesDeadline[*Remind](),
		dogma.SchedulesDeadline[*Expire](),
	)
}

func (order) New() *root { return &root{} }

// Every routed event has a case.
func (order) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e.(type) {
	case *Started, *Stopped:
		return "x", true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (order) HandleEvent(_ context.Context, _ *root, _ dogma.ProcessEventScope[*root], e dogma.Event) error {
	switch e.(type) { // want `type switch in order.HandleEvent has no case for routed type \*deadlines.Stopped, so the message reaches the default and panics with dogma.UnexpectedMessage: add a case`
	case *Started:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

func (order) HandleDeadline(_ context.Context, _ *root, _ dogma.ProcessDeadlineScope[*root], d dogma.Deadline) error {
	switch d.(type) { // want `type switch in order.HandleDeadline has no case for routed type \*deadlines.Expire, so the message reaches the default and panics with dogma.UnexpectedMessage: add a case`
	case *Remind:
	case *Late: // want `case \*deadlines.Late in order.HandleDeadline never runs: the handler does not route \*deadlines.Late; route it or remove the case`
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
