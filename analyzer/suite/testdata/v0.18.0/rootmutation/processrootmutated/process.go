// Package processrootmutated checks that process-root-mutated is silent on
// dogma v0.18.0: before v0.24.0 there is no Mutate, and a process changes its
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
	dogma.RegisterEvent[*Started]("67b265d9-f353-499a-9269-54ffb4986188")
	dogma.RegisterCommand[*Ship]("630f4ae0-6350-4e1a-974f-1eaccfda6c08")
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
	c.Identity("transfer", "ca657fd5-1711-41d1-bb94-c7e92d73f801")
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
