package projections

import (
	"context"
	"sync"

	"github.com/dogmatiq/dogma"
)

// AuditLog keeps the description of every event it receives, for auditors.
//
// CONFIGURATION DEFECTS: Configure never calls Identity, and the route uses
// the dogma.Event interface instead of concrete event types.
type AuditLog struct {
	dogma.NoCompactBehavior

	mu       sync.Mutex
	versions versions
	entries  []string
}

// Configure declares the handler's routes.
func (p *AuditLog) Configure(c dogma.ProjectionConfigurer) { // defect: identity-missing
	c.Routes(
		dogma.HandlesEvent[dogma.Event](), // defect: route-interface-type
	)
}

// HandleEvent appends the event's description to the log if c is the
// current version of resource r.
func (p *AuditLog) HandleEvent(
	_ context.Context,
	r, c, n []byte,
	_ dogma.ProjectionEventScope,
	e dogma.Event,
) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	if !p.versions.isCurrent(r, c) {
		return false, nil
	}

	p.entries = append(p.entries, e.MessageDescription())
	p.versions.set(r, n)
	return true, nil
}

// ResourceVersion returns the current version of resource r.
func (p *AuditLog) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	return p.versions.current(r), nil
}

// CloseResource removes resource r from the OCC store.
func (p *AuditLog) CloseResource(_ context.Context, r []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()

	p.versions.remove(r)
	return nil
}
