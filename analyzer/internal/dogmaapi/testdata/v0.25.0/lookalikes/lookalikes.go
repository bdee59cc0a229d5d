// Package lookalikes holds code that resembles Dogma's but is not: the
// recognizer must say nothing about any of it but shelf, the root the two
// handler look-alikes need, which is a genuine AggregateRoot.
package lookalikes

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/warehouse/messages"
)

// shelf is a root-like type.
type shelf struct {
	dogma.NoSnapshotBehavior
	Units int
}

func (s *shelf) AggregateInstanceDescription() string { return "" }
func (s *shelf) ApplyEvent(dogma.Event)               {}

// tally is no root: its ApplyEvent takes any value, not a dogma.Event.
type tally struct{ n int }

func (t *tally) ApplyEvent(e any) { t.n++ }

// Incomplete has most of an aggregate's methods but no
// RouteCommandToInstance, so it is no handler.
type Incomplete struct{}

func (Incomplete) Configure(dogma.AggregateConfigurer) {}
func (Incomplete) New() *shelf                         { return &shelf{} }
func (Incomplete) HandleCommand(*shelf, dogma.AggregateCommandScope[*shelf], dogma.Command) {
}

// Mismatched returns one root from New and handles commands for another: it
// implements AggregateMessageHandler[R] for no R.
type Mismatched struct{}

type bin struct{ shelf }

func (Mismatched) Configure(dogma.AggregateConfigurer)         {}
func (Mismatched) New() *bin                                   { return &bin{} }
func (Mismatched) RouteCommandToInstance(dogma.Command) string { return "" }
func (Mismatched) HandleCommand(*shelf, dogma.AggregateCommandScope[*shelf], dogma.Command) {
}

// HandlesCommand and NoDeadlineMessagesBehavior share dogma's names only.
func HandlesCommand[T any]() []T { return nil }

type NoDeadlineMessagesBehavior struct{}

type Embedder struct {
	NoDeadlineMessagesBehavior
}

// Send executes a command through an engine's CommandExecutor, which is no
// handler scope.
func Send(ctx context.Context, e dogma.CommandExecutor) error {
	_ = HandlesCommand[*messages.ReceiveStock]()
	return e.ExecuteCommand(ctx, &messages.ReceiveStock{SKU: "x", Quantity: 1})
}
