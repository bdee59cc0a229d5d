// Package readstore keeps read models in memory for projection handlers
// that know nothing of checkpoints: New wraps such a handler in a
// dogma.ProjectionMessageHandler that keeps each stream's checkpoint
// offset with the data and applies each event at most once, the way a
// projection library adapts an application's handler to its storage. The
// application registers what New returns, whose Configure passes the
// configurer on to the wrapped handler.
package readstore

import (
	"context"
	"sync"

	"github.com/dogmatiq/dogma"
)

// Handler is a projection handler whose data readstore keeps.
type Handler interface {
	// Configure declares the handler's identity and routes, as
	// dogma.ProjectionMessageHandler's Configure does.
	Configure(c dogma.ProjectionConfigurer)

	// Apply updates the read model within tx to reflect e.
	Apply(ctx context.Context, tx *Tx, s dogma.ProjectionEventScope, e dogma.Event) error
}

// New returns the projection message handler that keeps h's data, a
// *Store.
func New(h Handler) dogma.ProjectionMessageHandler {
	return &Store{handler: h}
}

// Store is the projection message handler New returns, and the read model
// it keeps.
type Store struct {
	handler Handler

	mu          sync.RWMutex
	checkpoints map[string]uint64
	rows        map[string]string
}

var _ dogma.ProjectionMessageHandler = (*Store)(nil)

func (st *Store) Configure(c dogma.ProjectionConfigurer) {
	st.handler.Configure(c)
}

func (st *Store) HandleEvent(ctx context.Context, s dogma.ProjectionEventScope, e dogma.Event) (uint64, error) {
	st.mu.Lock()
	defer st.mu.Unlock()

	if cp := st.checkpoints[s.StreamID()]; cp != s.CheckpointOffset() {
		return cp, nil // the engine is behind or ahead: it resumes at cp
	}
	tx := &Tx{committed: st.rows, staged: map[string]*string{}}
	if err := st.handler.Apply(ctx, tx, s, e); err != nil {
		return 0, err
	}
	if st.rows == nil {
		st.rows = map[string]string{}
		st.checkpoints = map[string]uint64{}
	}
	for k, v := range tx.staged {
		if v == nil {
			delete(st.rows, k)
		} else {
			st.rows[k] = *v
		}
	}
	next := s.Offset() + 1
	st.checkpoints[s.StreamID()] = next
	return next, nil
}

func (st *Store) CheckpointOffset(_ context.Context, id string) (uint64, error) {
	st.mu.RLock()
	defer st.mu.RUnlock()
	return st.checkpoints[id], nil
}

func (st *Store) Compact(context.Context, dogma.ProjectionCompactScope) error {
	return nil // nothing expires
}

func (st *Store) Reset(context.Context, dogma.ProjectionResetScope) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.rows, st.checkpoints = nil, nil
	return nil
}

// Get returns a row of the read model.
func (st *Store) Get(key string) (string, bool) {
	st.mu.RLock()
	defer st.mu.RUnlock()
	v, ok := st.rows[key]
	return v, ok
}

// Tx is the change one event makes to a read model, applied with the new
// checkpoint offset or not at all.
type Tx struct {
	committed map[string]string
	staged    map[string]*string
}

// Get returns a row as the transaction sees it.
func (tx *Tx) Get(key string) (string, bool) {
	if v, ok := tx.staged[key]; ok {
		if v == nil {
			return "", false
		}
		return *v, true
	}
	v, ok := tx.committed[key]
	return v, ok
}

// Put sets a row.
func (tx *Tx) Put(key, value string) {
	tx.staged[key] = &value
}

// Delete removes a row.
func (tx *Tx) Delete(key string) {
	tx.staged[key] = nil
}
