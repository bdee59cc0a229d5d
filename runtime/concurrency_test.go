package runtime_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// countingProj records the N of every event it applies.
type countingProj struct {
	*proj
	seen map[int]int
}

func (p *countingProj) HandleEvent(ctx2 context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	ok, err := p.proj.HandleEvent(ctx2, r, c, n, s, e)
	if ok {
		p.seen[e.(*Evt).N]++
	}
	return ok, err
}

func TestConcurrentCallersEveryCommandHandledOnce(t *testing.T) {
	const (
		goroutines = 8
		perG       = 10_000
		instances  = 50 // per goroutine
	)
	handled := map[int]int{}
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		cmd := c.(*Cmd)
		handled[cmd.N]++ // unsynchronised on purpose: the race detector checks the engine serialises calls
		s.RecordEvent(&Evt{ID: cmd.ID, N: cmd.N})
	}
	p := &countingProj{proj: newProj(), seen: map[int]int{}}
	e := mustNew(t, app(a, p))

	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perG {
				n := g*perG + i
				if err := e.ExecuteCommand(ctx, &Cmd{ID: fmt.Sprintf("g%d-%d", g, i%instances), N: n}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	total := goroutines * perG
	if len(handled) != total || len(p.seen) != total {
		t.Fatalf("%d commands handled, %d events projected, want %d each", len(handled), len(p.seen), total)
	}
	for n := range total {
		if handled[n] != 1 || p.seen[n] != 1 {
			t.Fatalf("command %d handled %d times, its event projected %d times", n, handled[n], p.seen[n])
		}
	}
	var executed, produced int
	for _, en := range e.Journal() {
		switch en.Action {
		case runtime.Executed:
			executed++
		case runtime.Produced:
			produced++
		}
	}
	if executed != total || produced != total {
		t.Fatalf("journal: %d executed, %d produced, want %d", executed, produced, total)
	}
	wantViolations(t, e)
}
