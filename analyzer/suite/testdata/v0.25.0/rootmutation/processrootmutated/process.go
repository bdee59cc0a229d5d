// Package processrootmutated checks process-root-mutated on dogma v0.25.0:
// from v0.24.0 HandleEvent and HandleDeadline change their root only inside
// s.Mutate.
package processrootmutated

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{ Amount int }

func (*Started) MessageDescription() string                { return "started" }
func (*Started) Validate(dogma.EventValidationScope) error { return nil }
func (*Started) MarshalBinary() ([]byte, error)            { return nil, nil }
func (*Started) UnmarshalBinary([]byte) error              { return nil }

type Ship struct{ Amount int }

func (*Ship) MessageDescription() string                  { return "ship" }
func (*Ship) Validate(dogma.CommandValidationScope) error { return nil }
func (*Ship) MarshalBinary() ([]byte, error)              { return nil, nil }
func (*Ship) UnmarshalBinary([]byte) error                { return nil }

type Remind struct{ Amount int }

func (*Remind) MessageDescription() string                   { return "remind" }
func (*Remind) Validate(dogma.DeadlineValidationScope) error { return nil }
func (*Remind) MarshalBinary() ([]byte, error)               { return nil, nil }
func (*Remind) UnmarshalBinary([]byte) error                 { return nil }

func init() {
	dogma.RegisterEvent[*Started]("ed925dec-72a2-4750-92fc-4755328a6071")
	dogma.RegisterCommand[*Ship]("dfadaa88-c291-4724-82bf-563dcc0b17bc")
	dogma.RegisterDeadline[*Remind]("290227bd-ad1f-409c-9c77-5a53421ca65b")
}

type transfer struct {
	Amount int
	Seen   map[int]bool
}

func (*transfer) ProcessInstanceDescription(bool) string { return "" }
func (*transfer) MarshalBinary() ([]byte, error)         { return nil, nil }
func (*transfer) UnmarshalBinary([]byte) error           { return nil }

func (t *transfer) record(n int) { t.Seen[n] = true }

type TransferHandler struct{}

func (TransferHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("transfer", "e7cc3cfa-2032-4703-b310-6964d9d210d5")
	c.Routes(dogma.HandlesEvent[*Started](), dogma.ExecutesCommand[*Ship](), dogma.SchedulesDeadline[*Remind]())
}

func (TransferHandler) New() *transfer { return &transfer{} }

func (TransferHandler) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "transfer", true, nil
}

func (TransferHandler) HandleEvent(_ context.Context, t *transfer, s dogma.ProcessEventScope[*transfer], e dogma.Event) error {
	m := e.(*Started)
	// Inside the callback, changing the root is the point: silent.
	s.Mutate(func(t *transfer) {
		t.Amount = m.Amount
		t.record(m.Amount)
	})
	if t.Amount > 0 {
		s.ExecuteCommand(&Ship{Amount: t.Amount}) // reads the root: silent
	}
	t.Amount = m.Amount // want `HandleEvent modifies the root outside s.Mutate: it assigns to t.Amount \(field Amount\); change it inside s.Mutate, on the callback's root`
	t.record(m.Amount)  // want `it calls transfer.record, which assigns to t.Seen\[n\] \(field Seen\)`
	return nil
}

func (TransferHandler) HandleDeadline(_ context.Context, t *transfer, s dogma.ProcessDeadlineScope[*transfer], _ dogma.Deadline) error {
	t.Amount = 0 // want `HandleDeadline modifies the root outside s.Mutate: it assigns to t.Amount`
	return nil
}
