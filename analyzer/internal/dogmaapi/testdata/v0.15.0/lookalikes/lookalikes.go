// Package lookalikes holds code that resembles Dogma's but is not: the
// recognizer must say nothing about any of it.
package lookalikes

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// shelf is a root-like type.
type shelf struct {
	Units int
}

// ApplyEvent takes any value, not a dogma.Event, so it is no root method.
func (s *shelf) ApplyEvent(e any) {}

// Incomplete has most of an aggregate's methods but no
// RouteCommandToInstance, so it is no handler.
type Incomplete struct{}

func (Incomplete) Configure(dogma.AggregateConfigurer) {}
func (Incomplete) New() dogma.AggregateRoot            { return nil }
func (Incomplete) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {
}

// HandlesCommand and NoTimeoutMessagesBehavior share dogma's names only.
func HandlesCommand[T any]() []T { return nil }

type NoTimeoutMessagesBehavior struct{}

type Embedder struct {
	NoTimeoutMessagesBehavior
}

// Send executes a command through an engine's CommandExecutor, which is no
// handler scope.
func Send(ctx context.Context, e dogma.CommandExecutor) error {
	_ = HandlesCommand[messages.ReceiveStock]()
	return e.ExecuteCommand(ctx, messages.ReceiveStock{SKU: "x", Quantity: 1})
}
