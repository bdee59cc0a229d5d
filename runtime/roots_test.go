package runtime_test

import (
	"sync"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// hookedRoot holds what a real root may hold besides its state: a callback,
// a channel and another package's bookkeeping, a sync.Once that only the
// handler's root triggers.
type hookedRoot struct {
	Sum      int
	OnChange func(int)
	Changes  chan int
	once     sync.Once
}

func (r *hookedRoot) ApplyEvent(e dogma.Event) {
	r.Sum += e.(*Evt).N
	if r.OnChange != nil {
		r.OnChange(r.Sum)
	}
}

// prepare does some one-time set-up that is not the root's state.
func (r *hookedRoot) prepare() { r.once.Do(func() {}) }

func newHookedRoot() dogma.AggregateRoot {
	return &hookedRoot{OnChange: func(int) {}, Changes: make(chan int, 1)}
}

func TestRootsWithFuncsChannelsAndOtherPackagesStateAreComparedWhereTheyCanBe(t *testing.T) {
	a := newAgg()
	a.newFn = newHookedRoot
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		r.(*hookedRoot).prepare()
		s.RecordEvent(&Evt{ID: "a", N: c.(*Cmd).N})
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 2}))
	wantViolations(t, e)
	// Said once, where the comparison first skipped them.
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#1 *runtime_test.Cmd agg/a: the comparison of *runtime_test.hookedRoot roots skips "+
			"*runtime_test.hookedRoot.OnChange (func), *runtime_test.hookedRoot.Changes (channel), "+
			"*runtime_test.hookedRoot.once.done (unexported field of sync.Once), *runtime_test.hookedRoot.once.m (unexported field of sync.Once), "+
			"which cannot be compared as state; new-inconsistent and root-modified-outside-apply do not see changes there")
}

// The look-alike: the same root changed outside ApplyEvent, in a field the
// comparison sees, is still reported.
func TestRootsWithFuncsStillShowChangesToTheirState(t *testing.T) {
	a := newAgg()
	a.newFn = newHookedRoot
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 1})
		r.(*hookedRoot).Sum += 100
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantViolations(t, e, "root-modified-outside-apply|MUST|agg|HandleCommand|a|*runtime_test.Cmd")
}

// New() returning different funcs each time is not new-inconsistent; New()
// returning different state still is.
func TestNewWithFuncsIsConsistentWhenItsStateIs(t *testing.T) {
	n := 0
	a := newAgg()
	a.newFn = func() dogma.AggregateRoot {
		n++
		return &hookedRoot{OnChange: func(int) {}, Sum: n / 3}
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1})) // New() → Sum 0, 0
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "b", N: 1})) // New() → Sum 1, 1
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "c", N: 1})) // New() → Sum 1, 2
	wantViolations(t, e, "new-inconsistent|SHOULD|agg|New|c|*runtime_test.Cmd")
}
