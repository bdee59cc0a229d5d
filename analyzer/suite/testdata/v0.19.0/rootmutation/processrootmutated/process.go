// Package processrootmutated checks that process-root-mutated is silent on
// dogma v0.19.0: before v0.24.0 there is no Mutate, and a process changes its
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
	dogma.RegisterEvent[*Started]("b900384a-5560-48d6-89bf-6d0aca055633")
	dogma.RegisterCommand[*Ship]("e4e7a049-08f1-4dca-bd18-4f24873d3ed8")
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
	c.Identity("transfer", "0a83cd70-b5a9-4ede-9f5e-d1fa3cbd35cd")
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
