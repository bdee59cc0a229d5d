// Package readmodel adapts projection handlers, the way projection libraries
// wrap an application's handler in one that manages its storage: the
// application registers the adaptor, and the adaptor's Configure passes the
// configurer on to the handler it wraps.
package readmodel

import (
	"context"
	"sync"

	"github.com/dogmatiq/dogma"
)

// Synchronized returns a projection handler that serialises every call to h,
// for read models whose handler is not safe for concurrent use.
func Synchronized(h dogma.ProjectionMessageHandler) dogma.ProjectionMessageHandler {
	return &synchronized{handler: h}
}

type synchronized struct {
	mu      sync.Mutex
	handler dogma.ProjectionMessageHandler
}

func (s *synchronized) Configure(c dogma.ProjectionConfigurer) {
	s.handler.Configure(c)
}

func (s *synchronized) HandleEvent(
	ctx context.Context,
	r, c, n []byte,
	sc dogma.ProjectionEventScope,
	e dogma.Event,
) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handler.HandleEvent(ctx, r, c, n, sc, e)
}

func (s *synchronized) ResourceVersion(ctx context.Context, r []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handler.ResourceVersion(ctx, r)
}

func (s *synchronized) CloseResource(ctx context.Context, r []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handler.CloseResource(ctx, r)
}

func (s *synchronized) Compact(ctx context.Context, sc dogma.ProjectionCompactScope) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handler.Compact(ctx, sc)
}
