package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// script drives a process: each event's N selects a behaviour.
type step func(r *procRoot, s dogma.ProcessEventScope, now time.Time)

func scriptedProc(steps map[int]step, timeouts *[]string) *proc {
	p := newProc()
	p.eventFn = func(r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
		root := r.(*procRoot)
		root.Events++
		if f := steps[e.(*Evt).N]; f != nil {
			f(root, s, s.RecordedAt())
		}
		return nil
	}
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		to := t.(*TO)
		*timeouts = append(*timeouts, s.InstanceID()+":"+to.Tag+"@"+s.ScheduledFor().Format("15:04"))
		r.(*procRoot).Timeouts++
		return nil
	}
	return p
}

func TestProcessInstanceBeginsWithItsFirstEventAndKeepsItsRoot(t *testing.T) {
	var roots []procRoot
	news := 0
	p := newProc()
	p.newFn = func() dogma.ProcessRoot { news++; return &procRoot{} }
	p.eventFn = func(r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
		r.(*procRoot).Events++
		roots = append(roots, *r.(*procRoot))
		return nil
	}
	e := mustNew(t, app(p))
	if news != 0 {
		t.Fatal("New called before the first event")
	}
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "b"}))
	if roots[0].Events != 1 || roots[1].Events != 2 || roots[2].Events != 1 {
		t.Fatalf("roots: %+v", roots)
	}
	if news != 4 { // twice per new instance: once for the root, once to check consistency
		t.Fatalf("New called %d times, want 4", news)
	}
	wantViolations(t, e)
}

func TestProcessEndDropsStateAndCancelsTimeouts(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "t1"}, now.Add(time.Hour))
		},
		2: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.End() },
	}, &fired)
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "b", N: 1}))
	if e.Pending() != 2 {
		t.Fatalf("pending: %d", e.Pending())
	}
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 2}))
	if e.Pending() != 1 {
		t.Fatalf("pending after End: %d", e.Pending())
	}
	must(t, e.AdvanceTime(2*time.Hour))
	wantLines(t, "timeouts", fired, "b:t1@01:00")
	wantViolations(t, e)
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#5 *runtime_test.Evt proc/a: End() called",
		"#5 *runtime_test.Evt proc/a: after HandleEvent returned: instance ended; its state is dropped and 1 timeouts cancelled")
}

func TestProcessRebegun(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		2: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.End() },
		3: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			if r.Events != 1 {
				panic("the re-begun instance does not start from New()")
			}
		},
	}, &fired)
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "b", N: 1}))
	wantViolations(t, e)
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 2}))
	wantViolations(t, e)
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 3}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 4})) // now live again: no second report
	wantViolations(t, e, "process-rebegun|SHOULD|proc|RouteEventToInstance|a|*runtime_test.Evt")
}

func TestProcessEndCancelledByLaterExecuteCommandOrScheduleTimeout(t *testing.T) {
	for _, by := range []string{"ExecuteCommand", "ScheduleTimeout"} {
		t.Run(by, func(t *testing.T) {
			var fired []string
			p := scriptedProc(map[int]step{
				1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
					s.ScheduleTimeout(&TO{Tag: "before"}, now.Add(time.Hour))
				},
				2: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
					s.ScheduleTimeout(&TO{Tag: "same-scope"}, now.Add(2*time.Hour))
					s.End()
					if by == "ExecuteCommand" {
						s.ExecuteCommand(&Cmd3{ID: "x"})
					} else {
						s.ScheduleTimeout(&TO{Tag: "after"}, now.Add(3*time.Hour))
					}
				},
			}, &fired)
			e := mustNew(t, app(p))
			must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
			must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 2}))
			must(t, e.AdvanceTime(4*time.Hour))
			want := []string{"a:before@01:00", "a:same-scope@02:00"}
			if by == "ScheduleTimeout" {
				want = append(want, "a:after@03:00")
			}
			wantLines(t, "timeouts", fired, want...)
			wantViolations(t, e)
			notices := entries(e, runtime.Notice)
			if len(notices) < 2 || notices[0] != "#3 *runtime_test.Evt proc/a: End() called" || !strings.Contains(notices[1], "End() cancelled by a later "+by) {
				t.Fatalf("notices: %q", notices)
			}
		})
	}
}

func TestProcessEndTwiceAndOnANewInstanceIsLegal(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.End(); s.End() },
	}, &fired)
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	wantViolations(t, e)
}

func TestTimeoutIsNeverDeliveredEarly(t *testing.T) {
	var fired []string
	var at []time.Time
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "late"}, now.Add(2*time.Hour))
			s.ScheduleTimeout(&TO{Tag: "early"}, now.Add(time.Hour))
			s.ScheduleTimeout(&TO{Tag: "early2"}, now.Add(time.Hour))
		},
	}, &fired)
	inner := p.timeoutFn
	var e *runtime.Engine
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		at = append(at, e.Now())
		return inner(r, s, t)
	}
	e = mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.AdvanceTime(59*time.Minute))
	wantLines(t, "timeouts", fired)
	must(t, e.AdvanceTime(time.Minute))
	wantLines(t, "timeouts", fired, "a:early@01:00", "a:early2@01:00")
	must(t, e.AdvanceTo(runtime.DefaultStartTime.Add(3*time.Hour)))
	wantLines(t, "timeouts", fired, "a:early@01:00", "a:early2@01:00", "a:late@02:00")
	// The clock reads the scheduled time during delivery.
	if !at[2].Equal(runtime.DefaultStartTime.Add(2 * time.Hour)) {
		t.Fatalf("clock at delivery: %v", at)
	}
	if !e.Now().Equal(runtime.DefaultStartTime.Add(3 * time.Hour)) {
		t.Fatalf("now: %v", e.Now())
	}
	wantViolations(t, e)
}

func TestTimeoutGoesOnlyToTheInstanceThatScheduledIt(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: s.InstanceID()}, now.Add(time.Hour))
		},
	}, &fired)
	// A second process uses the same timeout type.
	q := scriptedProc(nil, &fired)
	q.name = "other"
	e := mustNew(t, app(p, q))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "b"}))
	must(t, e.AdvanceTime(time.Hour))
	wantLines(t, "timeouts", fired, "a:a@01:00")
	wantLines(t, "handled timeouts", filter(entries(e, runtime.Handled), "TO"), "#2 *runtime_test.TO <#1 proc/a")
	wantViolations(t, e)
}

func filter(lines []string, sub string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return out
}

func TestTimeoutInThePastIsDeliveredAtOnceWithANotice(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "past"}, now.Add(-time.Hour))
			s.ScheduleTimeout(&TO{Tag: "now"}, now)
		},
	}, &fired)
	e := mustNew(t, app(p), runtime.StartTime(time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	wantLines(t, "timeouts", fired, "a:past@08:00", "a:now@09:00")
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#2 *runtime_test.TO <#1 proc/a: after HandleEvent returned: timeout scheduled for 2024-05-01T08:00:00Z, before the current time; it is delivered at once")
	wantViolations(t, e)
}

func TestTimeoutNeverReachesAnEndedInstance(t *testing.T) {
	var fired []string
	// The aggregate records two events for "a": the first makes the
	// process schedule a timeout due now, the second ends the instance
	// before the queued timeout is delivered.
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 1})
		s.RecordEvent(&Evt{ID: "a", N: 2})
		s.RecordEvent(&Evt{ID: "a", N: 3}) // re-begins "a": a new incarnation
	}
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "due"}, now)
		},
		2: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.End() },
	}, &fired)
	e := mustNew(t, app(a, p))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	wantLines(t, "timeouts", fired)
	wantViolations(t, e, "process-rebegun|SHOULD|proc|RouteEventToInstance|a|*runtime_test.Evt")
	notices := filter(entries(e, runtime.Notice), "not delivered")
	wantLines(t, "notices", notices, "#5 *runtime_test.TO <#2 proc/a: timeout not delivered: the instance that scheduled it has ended")
}

func TestProcessRoutingOutcomes(t *testing.T) {
	p := newProc()
	p.routeFn = func(_ context.Context, e dogma.Event) (string, bool, error) {
		switch e.(*Evt).N {
		case 1:
			return "", false, nil
		case 2:
			return "", true, nil
		case 3:
			return "", false, errors.New("no route")
		}
		return "x", true, nil
	}
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	wantViolations(t, e)
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 2}))
	wantViolations(t, e, "empty-instance-id|MUST|proc|RouteEventToInstance||*runtime_test.Evt")
	if v := e.Violations()[0]; !strings.HasPrefix(v.Quote, "If ok is false, the process ignores this event.") {
		t.Fatalf("quote: %q", v.Quote)
	}
	err := e.RecordEvent(ctx, &Evt{ID: "a", N: 3})
	if err == nil || err.Error() != "process proc: RouteEventToInstance(*runtime_test.Evt #3): no route" {
		t.Fatalf("error: %v", err)
	}
	wantLines(t, "handled", entries(e, runtime.Handled),
		"#1 *runtime_test.Evt proc: ignored: RouteEventToInstance returned ok false",
		"#2 *runtime_test.Evt proc: not handled: empty instance ID",
		"#3 *runtime_test.Evt proc: failed: no route")
}

func TestProcessProducedMessagesAreChecked(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ExecuteCommand(&Cmd{ID: "a"}) // not declared by the process
			s.ExecuteCommand(&Cmd2{ID: "a", Invalid: true})
			s.ScheduleTimeout(&TO{Invalid: true}, now)
			s.ScheduleTimeout(nil, now)
			s.ExecuteCommand(&Cmd3{ID: "ok"}) // declared, handled by no handler
		},
	}, &fired)
	e := mustNew(t, app(newAgg(), p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	wantViolations(t, e,
		"scope-unrouted-message|MUST|proc|ProcessEventScope.ExecuteCommand|a|*runtime_test.Cmd",
		"invalid-message|MUST|proc|ProcessEventScope.ExecuteCommand|a|*runtime_test.Cmd2",
		"invalid-message|MUST|proc|ProcessEventScope.ScheduleTimeout|a|*runtime_test.TO",
		"invalid-message|MUST|proc|ProcessEventScope.ScheduleTimeout|a|<nil>",
	)
	if v := e.Violations()[0]; !strings.HasPrefix(v.Quote, "ExecutesCommand routes command messages") {
		t.Fatalf("quote: %q", v.Quote)
	}
	wantLines(t, "produced", entries(e, runtime.Produced), "#2 *runtime_test.Cmd3 <#1 proc/a")
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#2 *runtime_test.Cmd3 <#1: no handler in the application handles this command type; it is dropped")
}

func TestProcessErrorDiscardsTheHandling(t *testing.T) {
	var fired []string
	p := scriptedProc(nil, &fired)
	p.eventFn = func(r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
		s.ScheduleTimeout(&TO{Tag: "x"}, s.RecordedAt())
		s.ExecuteCommand(&Cmd3{})
		return errors.New("refused")
	}
	e := mustNew(t, app(p))
	err := e.RecordEvent(ctx, &Evt{ID: "a"})
	if err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("error: %v", err)
	}
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.TO <#1 proc/a: dropped: the handling that produced it did not succeed",
		"#3 *runtime_test.Cmd3 <#1 proc/a: dropped: the handling that produced it did not succeed")
	wantLines(t, "timeouts", fired)
	// The instance did not begin.
	p.eventFn = nil
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	wantViolations(t, e)
}

func TestProcessTimeoutScopeMethodsAndPanics(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "a"}, now.Add(time.Minute))
		},
	}, &fired)
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		s.ExecuteCommand(&Cmd{}) // undeclared
		panic(dogma.UnexpectedMessage)
	}
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.AdvanceTime(time.Hour))
	wantViolations(t, e,
		"scope-unrouted-message|MUST|proc|ProcessTimeoutScope.ExecuteCommand|a|*runtime_test.Cmd",
		"unexpected-message-panic|MUST|proc|HandleTimeout|a|*runtime_test.TO",
	)
}

func TestProcessNewChecks(t *testing.T) {
	p := newProc()
	p.newFn = func() dogma.ProcessRoot { return nil }
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	wantViolations(t, e, "new-returns-nil|MUST|proc|New|a|*runtime_test.Evt")

	n := 0
	q := newProc()
	q.newFn = func() dogma.ProcessRoot { n++; return &procRoot{Events: n} }
	e = mustNew(t, app(q))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	wantViolations(t, e, "new-inconsistent|SHOULD|proc|New|a|*runtime_test.Evt")

	s := newProc()
	s.newFn = func() dogma.ProcessRoot { return dogma.StatelessProcessRoot }
	s.eventFn = func(dogma.ProcessRoot, dogma.ProcessEventScope, dogma.Event) error { return nil }
	e = mustNew(t, app(s))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	wantViolations(t, e)
}

func TestTimeoutsScheduledDuringAnAdvanceAreDeliveredInTheSameAdvance(t *testing.T) {
	var fired []string
	var e *runtime.Engine
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) {
			s.ScheduleTimeout(&TO{Tag: "1"}, now.Add(10*time.Minute))
		},
	}, &fired)
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		fired = append(fired, t.(*TO).Tag+"@"+e.Now().Format("15:04"))
		if len(fired) < 3 {
			s.ScheduleTimeout(&TO{Tag: fmt.Sprint(len(fired) + 1)}, s.ScheduledFor().Add(10*time.Minute))
		}
		return nil
	}
	e = mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.AdvanceTime(25*time.Minute))
	wantLines(t, "timeouts", fired, "1@00:10", "2@00:20")
	if e.Pending() != 1 || !e.Now().Equal(runtime.DefaultStartTime.Add(25*time.Minute)) {
		t.Fatalf("pending %d, now %s", e.Pending(), e.Now())
	}
	must(t, e.AdvanceTime(time.Hour))
	wantLines(t, "timeouts", fired, "1@00:10", "2@00:20", "3@00:30")
	wantViolations(t, e)
}
