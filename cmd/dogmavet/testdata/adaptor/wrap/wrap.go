// Package wrap is an adaptor in the manner of projectionkit's
// sqlprojection: New turns a handler of its own interface into a
// dogma.ProjectionMessageHandler, in a way dogmavet does not follow from
// another package.
package wrap

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// MessageHandler is a projection that writes to a store of its own.
type MessageHandler interface {
	Configure(c dogma.ProjectionConfigurer)
	HandleEvent(ctx context.Context, s dogma.ProjectionEventScope, m dogma.Event) error
}

// New adapts h to dogma.ProjectionMessageHandler. The adaptor only
// forwards Configure, but it is returned through a variable, which dogmavet
// does not follow (a literal returned directly would be).
func New(h MessageHandler) dogma.ProjectionMessageHandler {
	a := &adaptor{h}
	return a
}

type adaptor struct{ MessageHandler }

func (a *adaptor) HandleEvent(ctx context.Context, _, _, _ []byte, s dogma.ProjectionEventScope, m dogma.Event) (bool, error) {
	return true, a.MessageHandler.HandleEvent(ctx, s, m)
}

func (a *adaptor) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }

func (a *adaptor) CloseResource(context.Context, []byte) error { return nil }

func (a *adaptor) Compact(context.Context, dogma.ProjectionCompactScope) error { return nil }
