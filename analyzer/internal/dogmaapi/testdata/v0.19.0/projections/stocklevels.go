// Package projections holds the application's read model.
package projections

import (
	"context"
	"sync"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// StockLevelsHandler keeps the number of available units per product in
// memory, with the checkpoint offset of each event stream it has applied.
type StockLevelsHandler struct {
	dogma.NoCompactBehavior
	dogma.NoResetBehavior

	mu          sync.Mutex
	levels      map[string]int
	checkpoints map[string]uint64
}

func (h *StockLevelsHandler) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("stock-levels", "e7c3a9f1-4d2b-4e8a-b6c0-9f1d5a3e7b28")
	c.Routes(
		dogma.HandlesEvent[*messages.StockReceived](),
		dogma.HandlesEvent[*messages.StockReserved](),
	)
}

func (h *StockLevelsHandler) HandleEvent(_ context.Context, s dogma.ProjectionEventScope, e dogma.Event) (uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if cp := h.checkpoints[s.StreamID()]; cp != s.CheckpointOffset() {
		return cp, nil // another writer got here first
	}
	if h.levels == nil {
		h.levels = map[string]int{}
		h.checkpoints = map[string]uint64{}
	}
	switch e := e.(type) {
	case *messages.StockReceived:
		h.levels[e.SKU] += e.Quantity
	case *messages.StockReserved:
		h.levels[e.SKU] -= e.Quantity
	default:
		panic(dogma.UnexpectedMessage)
	}
	h.checkpoints[s.StreamID()] = s.Offset() + 1
	return s.Offset() + 1, nil
}

func (h *StockLevelsHandler) CheckpointOffset(_ context.Context, id string) (uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.checkpoints[id], nil
}
