package runtime_test

import (
	"testing"

	"github.com/dogmatiq/dogma"
)

// orderRoot folds the N of every event into a hash that depends on order.
type orderRoot struct {
	Count int
	Hash  uint64
}

func (r *orderRoot) ApplyEvent(e dogma.Event) {
	r.Count++
	r.Hash = r.Hash*31 + uint64(e.(*Evt).N)
}

// TestLongHistoryIsReplayedInOrder rebuilds a root from a history that spans
// several of the engine's storage chunks, after a panic discards a handling,
// and checks that every event was applied once, in order.
func TestLongHistoryIsReplayedInOrder(t *testing.T) {
	const events = 1000
	var last orderRoot // the root as HandleCommand last found it
	a := newAgg()
	a.newFn = func() dogma.AggregateRoot { return &orderRoot{} }
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		last = *r.(*orderRoot)
		cmd := c.(*Cmd)
		if cmd.N < 0 {
			panic("discard")
		}
		s.RecordEvent(&Evt{ID: cmd.ID, N: cmd.N})
	}
	e := mustNew(t, app(a))
	var want orderRoot
	for i := 1; i <= events; i++ {
		must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: i}))
		want.ApplyEvent(&Evt{N: i})
	}
	_ = e.ExecuteCommand(ctx, &Cmd{ID: "a", N: -1}) // panics: the root is rebuilt
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 0}))
	if last != want {
		t.Fatalf("rebuilt root: %+v, want %+v", last, want)
	}
	wantViolations(t, e, "handler-panic|MUST|agg|HandleCommand|a|*runtime_test.Cmd")
}
