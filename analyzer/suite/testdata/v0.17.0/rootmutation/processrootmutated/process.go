// Package processrootmutated checks that process-root-mutated is silent on
// dogma v0.17.0: before v0.24.0 there is no Mutate, and a process changes its
// root directly.
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

func init() {
	dogma.RegisterEvent[*Started]("0ee8805e-4e5e-4d90-bec8-7a5518b980da")
	dogma.RegisterCommand[*Ship]("bbafe3ad-ae84-42b1-8984-453ea386e8ce")
}

type transfer struct {
	Amount int
	Seen   map[int]bool
}

func (*transfer) MarshalBinary() ([]byte, error) { return nil, nil }
func (*transfer) UnmarshalBinary([]byte) error   { return nil }

func (t *transfer) record(n int) { t.Seen[n] = true }

type TransferHandler struct {
	dogma.NoTimeoutMessagesBehavior
}

func (TransferHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("transfer", "daf20b17-94ff-4aca-a647-9b3a7fb6a90a")
	c.Routes(dogma.HandlesEvent[*Started](), dogma.ExecutesCommand[*Ship]())
}

func (TransferHandler) New() dogma.ProcessRoot { return &transfer{Seen: map[int]bool{}} }

func (TransferHandler) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "transfer", true, nil
}

// HandleEvent changes its root directly, as processes do before v0.24.0:
// silent.
func (TransferHandler) HandleEvent(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	t := r.(*transfer)
	m := e.(*Started)
	t.Amount = m.Amount
	t.record(m.Amount)
	s.ExecuteCommand(&Ship{Amount: t.Amount})
	return nil
}
