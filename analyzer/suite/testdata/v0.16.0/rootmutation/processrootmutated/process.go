// Package processrootmutated checks that process-root-mutated is silent on
// dogma v0.16.0: before v0.24.0 there is no Mutate, and a process changes its
// root directly.
package processrootmutated

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type Started struct{ Amount int }

func (Started) MessageDescription() string                { return "started" }
func (Started) Validate(dogma.EventValidationScope) error { return nil }

type Ship struct{ Amount int }

func (Ship) MessageDescription() string                  { return "ship" }
func (Ship) Validate(dogma.CommandValidationScope) error { return nil }

func init() {
	dogma.RegisterEvent[Started]("af5d0417-d5ee-4797-a444-d643763d4522")
	dogma.RegisterCommand[Ship]("41b626c5-5a7a-4cd3-8324-04ebb0d26127")
}

type transfer struct {
	Amount int
	Seen   map[int]bool
}

func (t *transfer) record(n int) { t.Seen[n] = true }

type TransferHandler struct {
	dogma.NoTimeoutMessagesBehavior
}

func (TransferHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("transfer", "3ce7dbeb-6707-4e9c-93d1-c82a94a25835")
	c.Routes(dogma.HandlesEvent[Started](), dogma.ExecutesCommand[Ship]())
}

func (TransferHandler) New() dogma.ProcessRoot { return &transfer{Seen: map[int]bool{}} }

func (TransferHandler) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "transfer", true, nil
}

// HandleEvent changes its root directly, as processes do before v0.24.0:
// silent.
func (TransferHandler) HandleEvent(_ context.Context, r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	t := r.(*transfer)
	m := e.(Started)
	t.Amount = m.Amount
	t.record(m.Amount)
	s.ExecuteCommand(Ship{Amount: t.Amount})
	return nil
}
