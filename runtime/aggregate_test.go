package runtime_test

import (
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// seen records the root each HandleCommand call sees.
func observingAgg(seen *[]aggRoot) *agg {
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		*seen = append(*seen, *r.(*aggRoot))
		cmd := c.(*Cmd)
		s.RecordEvent(&Evt{ID: cmd.ID, N: cmd.N})
	}
	return a
}

func TestAggregateRootIsEventSourcedPerInstance(t *testing.T) {
	var seen []aggRoot
	e := mustNew(t, app(observingAgg(&seen)))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "b", N: 10}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 2}))
	want := []aggRoot{{}, {}, {Count: 1, Sum: 1}}
	if len(seen) != 3 || seen[0] != want[0] || seen[1] != want[1] || seen[2] != want[2] {
		t.Fatalf("roots seen: %+v, want %+v", seen, want)
	}
	wantViolations(t, e)
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.Evt <#1 agg/a", "#4 *runtime_test.Evt <#3 agg/b", "#6 *runtime_test.Evt <#5 agg/a")
}

func TestAggregateRecordEventAppliesToTheRootTheHandlerHolds(t *testing.T) {
	var after []aggRoot
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 5})
		after = append(after, *r.(*aggRoot))
		s.RecordEvent(&Evt{ID: "a", N: 7})
		after = append(after, *r.(*aggRoot))
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	if len(after) != 2 || after[0] != (aggRoot{1, 5}) || after[1] != (aggRoot{2, 12}) {
		t.Fatalf("root after RecordEvent: %+v", after)
	}
	wantViolations(t, e)
}

func TestAggregateDestroyAndRecordEventCancelEachOther(t *testing.T) {
	cases := []struct {
		name      string
		steps     string // d = Destroy, r = RecordEvent
		destroyed bool
	}{
		{"destroy only", "rd", true},
		{"record cancels destroy", "rdr", false},
		{"destroy after record", "rrd", true},
		{"destroy a new instance", "d", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var seen []aggRoot
			a := newAgg()
			a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
				seen = append(seen, *r.(*aggRoot))
				if c.(*Cmd).N == 0 { // the probe command: just look
					return
				}
				for _, st := range tc.steps {
					if st == 'd' {
						s.Destroy()
					} else {
						s.RecordEvent(&Evt{ID: "a", N: 1})
					}
				}
			}
			e := mustNew(t, app(a))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 0}))
			records := strings.Count(tc.steps, "r")
			want := aggRoot{Count: records, Sum: records}
			if tc.destroyed {
				want = aggRoot{}
			}
			if seen[1] != want {
				t.Fatalf("second command saw %+v, want %+v", seen[1], want)
			}
			// Recorded events are dispatched whether or not the instance
			// is destroyed.
			if got := len(entries(e, runtime.Produced)); got != records {
				t.Fatalf("%d produced events, want %d", got, records)
			}
			wantViolations(t, e)
		})
	}
}

func TestAggregateNewReturnsNil(t *testing.T) {
	for name, fn := range map[string]func() dogma.AggregateRoot{
		"nil":       func() dogma.AggregateRoot { return nil },
		"typed nil": func() dogma.AggregateRoot { return (*aggRoot)(nil) },
	} {
		t.Run(name, func(t *testing.T) {
			a := newAgg()
			a.newFn = fn
			called := false
			a.handleFn = func(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) { called = true }
			e := mustNew(t, app(a))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
			wantViolations(t, e, "new-returns-nil|MUST|agg|New|a|*runtime_test.Cmd")
			if called {
				t.Fatal("HandleCommand was called without a root")
			}
		})
	}
}

func TestAggregateNewInconsistent(t *testing.T) {
	n := 0
	a := newAgg()
	a.newFn = func() dogma.AggregateRoot { n++; return &aggRoot{Sum: n} }
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1})) // loaded: New not called again
	wantViolations(t, e, "new-inconsistent|SHOULD|agg|New|a|*runtime_test.Cmd")

	b := newAgg()
	flip := false
	b.newFn = func() dogma.AggregateRoot {
		flip = !flip
		if flip {
			return &aggRoot{}
		}
		return &otherRoot{}
	}
	e = mustNew(t, app(b))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantViolations(t, e, "new-inconsistent|SHOULD|agg|New|a|*runtime_test.Cmd")
	if v := e.Violations()[0]; !strings.Contains(v.Message, "*runtime_test.aggRoot on one call and *runtime_test.otherRoot") {
		t.Fatalf("message: %s", v.Message)
	}
}

type otherRoot struct{}

func (*otherRoot) ApplyEvent(dogma.Event) {}

func TestAggregateEmptyInstanceID(t *testing.T) {
	a := newAgg()
	a.routeFn = func(dogma.Command) string { return "" }
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	wantViolations(t, e, "empty-instance-id|MUST|agg|RouteCommandToInstance||*runtime_test.Cmd")
	v := e.Violations()[0]
	if v.Quote != "The return value MUST not be empty." || v.MessageID != "1" {
		t.Fatalf("violation: %+v", v)
	}
	wantLines(t, "handled", entries(e, runtime.Handled), "#1 *runtime_test.Cmd agg: not handled: empty instance ID")
}

func TestAggregateProducedMessagesAreChecked(t *testing.T) {
	var after []aggRoot
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Undeclared{ID: "x"})
		s.RecordEvent(&Evt{ID: "a", N: 1, Invalid: true})
		s.RecordEvent(nil)
		s.RecordEvent((*Evt)(nil))
		s.RecordEvent(&Evt{ID: "a", N: 2})
		after = append(after, *r.(*aggRoot))
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	wantViolations(t, e,
		"scope-unrouted-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Undeclared",
		"invalid-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Evt",
		"invalid-message|MUST|agg|AggregateCommandScope.RecordEvent|a|<nil>",
		"invalid-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Evt",
	)
	// Only the valid event is applied and dispatched.
	if after[0] != (aggRoot{1, 2}) {
		t.Fatalf("root: %+v", after[0])
	}
	wantLines(t, "produced", entries(e, runtime.Produced), "#2 *runtime_test.Evt <#1 agg/a")
	if !strings.Contains(e.Violations()[1].Message, "evt is invalid") {
		t.Fatalf("message: %s", e.Violations()[1].Message)
	}
}

func TestAggregatePanicsAreRecoveredAndDiscardTheHandling(t *testing.T) {
	cases := []struct {
		name  string
		value any
		want  string
		text  string
	}{
		{"unexpected message", dogma.UnexpectedMessage, "unexpected-message-panic|MUST|agg|HandleCommand|a|*runtime_test.Cmd", "dogma.UnexpectedMessage"},
		{"other value", "boom", "handler-panic|MUST|agg|HandleCommand|a|*runtime_test.Cmd", "boom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var seen []aggRoot
			a := newAgg()
			a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
				seen = append(seen, *r.(*aggRoot))
				cmd := c.(*Cmd)
				s.RecordEvent(&Evt{ID: "a", N: cmd.N})
				if cmd.N == 99 {
					panic(tc.value)
				}
			}
			e := mustNew(t, app(a))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 99}))
			must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 2}))
			wantViolations(t, e, tc.want)
			if !strings.Contains(e.Violations()[0].Message, tc.text) {
				t.Fatalf("message: %s", e.Violations()[0].Message)
			}
			// The event recorded before the panic is not kept.
			if seen[2] != (aggRoot{1, 1}) {
				t.Fatalf("third command saw %+v", seen[2])
			}
			// It is journalled where it was recorded, and dropped.
			produced := entries(e, runtime.Produced)
			if len(produced) != 3 || !strings.HasSuffix(produced[1], ": dropped: the handling that produced it did not succeed") {
				t.Fatalf("produced: %q", produced)
			}
		})
	}
}

// panicRoot panics in ApplyEvent for events with N < 0.
type panicRoot struct{ aggRoot }

func (r *panicRoot) ApplyEvent(e dogma.Event) {
	if e.(*Evt).N < 0 {
		panic(dogma.UnexpectedMessage)
	}
	r.aggRoot.ApplyEvent(e)
}

func TestAggregateApplyEventPanic(t *testing.T) {
	a := newAgg()
	a.newFn = func() dogma.AggregateRoot { return &panicRoot{} }
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: -1}))
	wantViolations(t, e, "unexpected-message-panic|MUST|agg|AggregateRoot.ApplyEvent|a|*runtime_test.Evt")
	wantLines(t, "produced", entries(e, runtime.Produced))
}

func TestAggregateRootModifiedOutsideApplyEvent(t *testing.T) {
	var seen []aggRoot
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		seen = append(seen, *r.(*aggRoot))
		cmd := c.(*Cmd)
		s.RecordEvent(&Evt{ID: "a", N: cmd.N})
		if cmd.N == 5 {
			r.(*aggRoot).Sum += 100 // the defect
		}
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantViolations(t, e)
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 5}))
	wantViolations(t, e, "root-modified-outside-apply|MUST|agg|HandleCommand|a|*runtime_test.Cmd")
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	// The root is rebuilt from the history: the direct change is gone.
	if seen[2] != (aggRoot{2, 6}) {
		t.Fatalf("third command saw %+v", seen[2])
	}
	wantViolations(t, e, "root-modified-outside-apply|MUST|agg|HandleCommand|a|*runtime_test.Cmd")
}
