package projections

import (
	"context"
	"sync"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/events"
)

// FinesProjectionHandler keeps what each member owes, for the desk.
type FinesProjectionHandler struct {
	dogma.NoCompactBehavior

	mu          sync.Mutex
	owed        map[string]int64
	checkpoints map[string]uint64
}

func (h *FinesProjectionHandler) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("fines", "fc9557e4-6e83-4d1c-a606-a3eca9220b39")
	c.Routes(
		dogma.HandlesEvent[*events.FineCharged](),
		dogma.HandlesEvent[*events.FineSettled](),
	)
}

func (h *FinesProjectionHandler) HandleEvent(_ context.Context, s dogma.ProjectionEventScope, e dogma.Event) (uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()

	if cp := h.checkpoints[s.StreamID()]; cp != s.CheckpointOffset() {
		return cp, nil
	}
	if h.owed == nil {
		h.owed = map[string]int64{}
		h.checkpoints = map[string]uint64{}
	}
	switch e := e.(type) {
	case *events.FineCharged:
		h.owed[e.MemberID] += e.Pence
	case *events.FineSettled:
		h.owed[e.MemberID] = e.Outstanding
	default:
		panic(dogma.UnexpectedMessage)
	}
	next := s.Offset() + 1
	h.checkpoints[s.StreamID()] = next
	return next, nil
}

func (h *FinesProjectionHandler) CheckpointOffset(_ context.Context, id string) (uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.checkpoints[id], nil
}

func (h *FinesProjectionHandler) Reset(context.Context, dogma.ProjectionResetScope) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.owed, h.checkpoints = nil, nil
	return nil
}

// Owed returns what a member owes, in pence.
func (h *FinesProjectionHandler) Owed(memberID string) int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.owed[memberID]
}
