// Package process checks process-root-mutated on dogma v0.25.0: HandleEvent
// and HandleDeadline must change their root inside s.Mutate.
package process

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{ N int }

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

type Remind struct{}

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

func init() {
	dogma.RegisterEvent[*Started]("cce04649-7eb9-4f1d-a0e8-abbfab2ecd3e")
	dogma.RegisterDeadline[*Remind]("ec2071ba-719f-4868-abeb-c62f891d2395")
}

type transfer struct {
	Amount int
	Seen   map[int]bool
}

func (*transfer) ProcessInstanceDescription(bool) string { return "" }
func (*transfer) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*transfer) UnmarshalBinary([]byte) error           { return nil }

func (t *transfer) set(n int) { t.Amount = n }

// start changes the root only inside Mutate.
func start(s dogma.ProcessEventScope[*transfer], n int) {
	s.Mutate(func(t *transfer) { t.set(n) })
}

type TransferHandler struct{}

func (TransferHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("transfer", "db175e65-cd37-42de-b123-d859f3859145")
	c.Routes(dogma.HandlesEvent[*Started](), dogma.SchedulesDeadline[*Remind]())
}

func (TransferHandler) New() *transfer { return &transfer{} }

func (TransferHandler) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (TransferHandler) HandleEvent(_ context.Context, t *transfer, s dogma.ProcessEventScope[*transfer], e dogma.Event) error {
	m := e.(*Started)
	// Inside the callback, changing the root is the point.
	s.Mutate(func(t *transfer) {
		t.Amount = m.N
		t.Seen[m.N] = true
	})
	start(s, m.N)
	if t.Amount > 0 {
		return nil
	}
	t.Amount = m.N // want `TransferHandler.HandleEvent modifies the root outside s.Mutate: it assigns to t.Amount \(field Amount\); change it inside s.Mutate, on the callback's root`
	t.set(m.N)     // want `it calls transfer.set, which assigns to t.Amount \(field Amount\)`
	seen := t.Seen
	seen[1] = true // want `it assigns to seen\[1\] \(field Seen\)`
	return nil
}

func (TransferHandler) HandleDeadline(_ context.Context, r *transfer, x dogma.ProcessDeadlineScope[*transfer], _ dogma.Deadline) error {
	delete(r.Seen, 1) // want `HandleDeadline modifies the root outside x.Mutate: it deletes from r.Seen \(field Seen\); change it inside x.Mutate`
	return nil
}
