// Package projections holds the application's read model.
package projections

import (
	"bytes"
	"context"
	"sync"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// StockLevelsHandler keeps the number of available units per product in
// memory, with the version of each resource it has applied.
type StockLevelsHandler struct {
	dogma.NoCompactBehavior

	mu       sync.Mutex
	levels   map[string]int
	versions map[string][]byte
}

func (h *StockLevelsHandler) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("stock-levels", "e7c3a9f1-4d2b-4e8a-b6c0-9f1d5a3e7b28")
	c.Routes(
		dogma.HandlesEvent[messages.StockReceived](),
		dogma.HandlesEvent[messages.StockReserved](),
	)
}

func (h *StockLevelsHandler) HandleEvent(_ context.Context, r, c, n []byte, _ dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !bytes.Equal(h.versions[string(r)], c) {
		return false, nil // another writer got here first
	}
	if h.levels == nil {
		h.levels = map[string]int{}
		h.versions = map[string][]byte{}
	}
	switch e := e.(type) {
	case messages.StockReceived:
		h.levels[e.SKU] += e.Quantity
	case messages.StockReserved:
		h.levels[e.SKU] -= e.Quantity
	default:
		panic(dogma.UnexpectedMessage)
	}
	h.versions[string(r)] = n
	return true, nil
}

func (h *StockLevelsHandler) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.versions[string(r)], nil
}

func (h *StockLevelsHandler) CloseResource(_ context.Context, r []byte) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.versions, string(r))
	return nil
}
