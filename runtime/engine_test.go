package runtime_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

func TestNewRejectsInvalidApplicationsWithoutPanicking(t *testing.T) {
	cases := []struct {
		name string
		app  dogma.Application
		want []string
	}{
		{"nil", nil, []string{"application must not be nil"}},
		{"no identity", &noIdentityApp{}, []string{"application is invalid", "identity"}},
		{"two handlers for one command", app(newAgg(), func() *agg { a := newAgg(); a.name = "agg2"; return a }()),
			[]string{"application is invalid", "*runtime_test.Cmd"}},
		{"configure panics", &panicApp{}, []string{"application is invalid", "boom"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := runtime.New(tc.app)
			if err == nil || e != nil {
				t.Fatalf("New returned %v, %v", e, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

type noIdentityApp struct{}

func (*noIdentityApp) Configure(c dogma.ApplicationConfigurer) { c.RegisterAggregate(newAgg()) }

type panicApp struct{}

func (*panicApp) Configure(dogma.ApplicationConfigurer) { panic("boom") }

func TestInputMessagesAreCheckedWithoutPanicking(t *testing.T) {
	e := mustNew(t, app(newAgg(), newProc(), newInteg()))
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"nil command", func() error { return e.ExecuteCommand(ctx, nil) }, "cannot execute a nil command"},
		{"typed nil command", func() error { return e.ExecuteCommand(ctx, (*Cmd)(nil)) }, "cannot execute *runtime_test.Cmd: the message is nil"},
		{"invalid command", func() error { return e.ExecuteCommand(ctx, &Cmd{Invalid: true}) }, "cannot execute *runtime_test.Cmd: the message is invalid: cmd is invalid"},
		{"unrouted command", func() error { return e.ExecuteCommand(ctx, &UndeclaredCmd{}) }, "cannot execute *runtime_test.UndeclaredCmd: no handler in the application handles this command type"},
		{"command no handler handles", func() error { return e.ExecuteCommand(ctx, &Cmd3{}) }, "cannot execute *runtime_test.Cmd3: no handler"},
		{"nil event", func() error { return e.RecordEvent(ctx, nil) }, "cannot record a nil event"},
		{"invalid event", func() error { return e.RecordEvent(ctx, &Evt{Invalid: true}) }, "cannot record *runtime_test.Evt: the message is invalid: evt is invalid"},
		{"unrouted event", func() error { return e.RecordEvent(ctx, &Undeclared{}) }, "cannot record *runtime_test.Undeclared: no handler in the application consumes this event type"},
		{"event only produced", func() error { return e.RecordEvent(ctx, &Evt2{}) }, "cannot record *runtime_test.Evt2: no handler"},
		{"validate panics", func() error { return e.ExecuteCommand(ctx, &panicCmd{}) }, "cannot execute *runtime_test.panicCmd"},
		{"negative duration", func() error { return e.AdvanceTime(-time.Second) }, "cannot advance time by -1s: the duration must not be negative"},
		{"backwards", func() error { return e.AdvanceTo(runtime.DefaultStartTime.Add(-time.Second)) }, "cannot advance time to 1999-12-31T23:59:59Z: it is before the engine's current time 2000-01-01T00:00:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
	if j := e.Journal(); len(j) != 0 {
		t.Fatalf("rejected input reached the journal: %v", j)
	}
	wantViolations(t, e)
}

type panicCmd struct{}

func (*panicCmd) MessageDescription() string { return "panics" }
func (*panicCmd) Validate(dogma.CommandValidationScope) error {
	panic("validate exploded")
}

func TestDisabledHandlersAreNeverCalled(t *testing.T) {
	calls := 0
	count := func() { calls++ }

	a := newAgg()
	a.disabled = true
	a.newFn = func() dogma.AggregateRoot { count(); return &aggRoot{} }
	a.routeFn = func(dogma.Command) string { count(); return "a" }
	p := newProc()
	p.disabled = true
	p.routeFn = func(context.Context, dogma.Event) (string, bool, error) { count(); return "a", true, nil }
	pr := newProj()
	pr.disabled = true
	e := mustNew(t, app(a, p, pr))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a"}))
	must(t, e.AdvanceTime(time.Hour))
	if calls != 0 || len(pr.applied) != 0 || len(pr.compacted) != 0 {
		t.Fatalf("disabled handlers called: %d calls, projection %v %v", calls, pr.applied, pr.compacted)
	}
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#1 *runtime_test.Cmd agg: the handler is disabled; it is not called",
		"#2 *runtime_test.Evt proc: the handler is disabled; it is not called",
		"#2 *runtime_test.Evt proj: the handler is disabled; it is not called")
	wantViolations(t, e)
}

func TestEnableKinds(t *testing.T) {
	var fired []string
	p := scriptedProc(map[int]step{
		1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.ExecuteCommand(&Cmd2{ID: "x"}) },
	}, &fired)
	i := newInteg()
	pr := newProj()

	e := mustNew(t, app(newAgg(), p, i, pr), runtime.EnableKinds(runtime.AggregateKind|runtime.ProcessKind))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	if len(pr.applied) != 0 {
		t.Fatalf("disabled projection applied %v", pr.applied)
	}
	wantLines(t, "handled", entries(e, runtime.Handled), "#1 *runtime_test.Cmd agg/a", "#2 *runtime_test.Evt <#1 proc/a")
	wantLines(t, "notices", entries(e, runtime.Notice),
		"#2 *runtime_test.Evt <#1 proj: the handler is disabled; it is not called",
		"#3 *runtime_test.Cmd2 <#2 integ: the handler is disabled; it is not called")

	// All kinds by default.
	e = mustNew(t, app(newAgg(), p, i, pr))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantLines(t, "projected", pr.applied, "*runtime_test.Evt", "*runtime_test.Evt2")
	if got := runtime.AllKinds.String(); got != "aggregate|process|integration|projection" {
		t.Fatal(got)
	}
}

// chain is an application whose messages fan out: the aggregate records two
// events per command, the process executes an integration command for each
// and schedules a timeout, the integration records an event for the
// projection.
func chain() (*testApp, *proj) {
	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		cmd := c.(*Cmd)
		s.RecordEvent(&Evt{ID: cmd.ID, N: cmd.N})
		s.RecordEvent(&Evt{ID: cmd.ID + "'", N: cmd.N})
	}
	p := newProc()
	p.eventFn = func(r dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
		ev := e.(*Evt)
		s.ExecuteCommand(&Cmd2{ID: ev.ID})
		s.ScheduleTimeout(&TO{ID: ev.ID, Tag: "t"}, s.RecordedAt().Add(time.Duration(ev.N)*time.Minute))
		return nil
	}
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		s.ExecuteCommand(&Cmd2{ID: "timeout " + t.(*TO).ID})
		s.End()
		return nil
	}
	pr := newProj()
	return app(a, p, newInteg(), pr), pr
}

func TestDeliveryIsFIFOInRegistrationOrder(t *testing.T) {
	a, _ := chain()
	e := mustNew(t, a)
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantLines(t, "handled", entries(e, runtime.Handled),
		"#1 *runtime_test.Cmd agg/a",
		"#2 *runtime_test.Evt <#1 proc/a", // the process is registered before the projection
		"#2 *runtime_test.Evt <#1 proj",
		"#3 *runtime_test.Evt <#1 proc/a'",
		"#3 *runtime_test.Evt <#1 proj",
		"#4 *runtime_test.Cmd2 <#2 integ",
		"#6 *runtime_test.Cmd2 <#3 integ",
		"#8 *runtime_test.Evt2 <#4 proj",
		"#9 *runtime_test.Evt2 <#6 proj")
}

// script runs a fixed sequence of operations.
func script(e *runtime.Engine) {
	for i := range 5 {
		_ = e.ExecuteCommand(ctx, &Cmd{ID: string(rune('a' + i%3)), N: i})
		_ = e.AdvanceTime(time.Duration(i) * time.Minute)
	}
	_ = e.RecordEvent(ctx, &Evt{ID: "z", N: 2})
	_ = e.AdvanceTime(time.Hour)
}

func TestSameInputsGiveByteIdenticalViolationsAndJournal(t *testing.T) {
	run := func() (string, string) {
		a, pr := chain()
		pr.neverClose = true // some violations to compare
		e := mustNew(t, a)
		script(e)
		return runtime.FormatViolations(e.Violations()), runtime.FormatJournal(e.Journal())
	}
	v1, j1 := run()
	for range 5 {
		v2, j2 := run()
		if v1 != v2 || j1 != j2 {
			t.Fatalf("runs differ:\n%s\n---\n%s", j1, j2)
		}
	}
	if !strings.Contains(v1, "close-resource") || strings.Count(j1, "\n") < 50 {
		t.Fatalf("the scenario is too small to prove anything:\n%s\n%s", v1, j1)
	}
}

func TestStrictModeAbortsAtTheFirstViolation(t *testing.T) {
	a, pr := chain()
	pr.neverClose = true
	e := mustNew(t, a, runtime.Strict(true))
	err := e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1})
	var ve *runtime.ViolationError
	if !errors.As(err, &ve) || ve.Violation.Rule != runtime.CloseResource {
		t.Fatalf("error: %v", err)
	}
	// The first event reached the projection, which applied it and then
	// broke the rule; the operation stops there: nothing after it was
	// handled.
	wantLines(t, "handled", entries(e, runtime.Handled),
		"#1 *runtime_test.Cmd agg/a",
		"#2 *runtime_test.Evt <#1 proc/a",
		"#2 *runtime_test.Evt <#1 proj")
	wantViolations(t, e, "close-resource|SHOULD|proj|CloseResource||*runtime_test.Evt")
	if !strings.HasPrefix(err.Error(), "dogma rule violated: SHOULD [close-resource] projection proj CloseResource message *runtime_test.Evt #2: ") {
		t.Fatalf("error text: %s", err)
	}

	// A violation inside a scope call unwinds the handler at once.
	recorded := 0
	ag := newAgg()
	ag.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Undeclared{})
		recorded++
		s.RecordEvent(&Evt{ID: "a"})
	}
	e = mustNew(t, app(ag), runtime.Strict(true))
	err = e.ExecuteCommand(ctx, &Cmd{ID: "a"})
	if !errors.As(err, &ve) || ve.Violation.Rule != runtime.ScopeUnroutedMessage || recorded != 0 {
		t.Fatalf("error: %v, handler went on: %d", err, recorded)
	}
	wantLines(t, "produced", entries(e, runtime.Produced))

	// Without strict mode the same handler goes on.
	e = mustNew(t, app(ag))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	if recorded != 1 {
		t.Fatal("non-strict mode stopped the handler")
	}
}

func TestStartTime(t *testing.T) {
	e := mustNew(t, app(newAgg()))
	if !e.Now().Equal(runtime.DefaultStartTime) {
		t.Fatal(e.Now())
	}
	at := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	e = mustNew(t, app(newAgg()), runtime.StartTime(at))
	if !e.Now().Equal(at) {
		t.Fatal(e.Now())
	}
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	if j := e.Journal(); !j[0].At.Equal(at) {
		t.Fatal(j[0].At)
	}
}

func TestNilContextIsAccepted(t *testing.T) {
	e := mustNew(t, app(newAgg()))
	// A nil context is a caller's mistake, which must not panic.
	must(t, e.ExecuteCommand(nil, &Cmd{ID: "a"})) //nolint:staticcheck // on purpose
	wantViolations(t, e)
}

func TestConcurrentAdvanceTimeNeverGoesBackwards(t *testing.T) {
	e := mustNew(t, app(newProj()))
	done := make(chan error)
	for range 4 {
		go func() {
			var err error
			for range 100 {
				if err = e.AdvanceTime(time.Minute); err != nil {
					break
				}
			}
			done <- err
		}()
	}
	for range 4 {
		must(t, <-done)
	}
	if got := e.Now().Sub(runtime.DefaultStartTime); got != 400*time.Minute {
		t.Fatalf("advanced by %s, want 400m", got)
	}
}

func TestStrictModeStopsTheHandlingAtTheViolation(t *testing.T) {
	t.Run("projection", func(t *testing.T) {
		p := newProj()
		p.staleNew = true
		e := mustNew(t, app(p), runtime.Strict(true))
		var ve *runtime.ViolationError
		if err := e.RecordEvent(ctx, &Evt{ID: "a"}); !errors.As(err, &ve) {
			t.Fatalf("error: %v", err)
		}
		if len(p.applied) != 0 {
			t.Fatal("HandleEvent was called after the violation")
		}
		wantViolations(t, e, "projection-new-resource|MUST|proj|ResourceVersion||*runtime_test.Evt")
		wantLines(t, "handled", entries(e, runtime.Handled), "#1 *runtime_test.Evt proj: not finished: strict mode stopped at the violation")
	})
	t.Run("aggregate New", func(t *testing.T) {
		n := 0
		a := newAgg()
		a.newFn = func() dogma.AggregateRoot { n++; return &aggRoot{Sum: n} }
		called := false
		a.handleFn = func(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) { called = true }
		e := mustNew(t, app(a), runtime.Strict(true))
		if err := e.ExecuteCommand(ctx, &Cmd{ID: "a"}); err == nil || called {
			t.Fatalf("error %v, HandleCommand called: %v", err, called)
		}
		wantViolations(t, e, "new-inconsistent|SHOULD|agg|New|a|*runtime_test.Cmd")
	})
	t.Run("process", func(t *testing.T) {
		var fired []string
		p := scriptedProc(map[int]step{
			1: func(r *procRoot, s dogma.ProcessEventScope, now time.Time) { s.End() },
		}, &fired)
		news := 0
		p.newFn = func() dogma.ProcessRoot { news++; return &procRoot{} }
		e := mustNew(t, app(p), runtime.Strict(true))
		must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
		if err := e.RecordEvent(ctx, &Evt{ID: "a", N: 2}); err == nil || news != 2 {
			t.Fatalf("error %v, New called %d times", err, news)
		}
		wantViolations(t, e, "process-rebegun|SHOULD|proc|RouteEventToInstance|a|*runtime_test.Evt")
	})
}

func TestAdvancingBeyondTheJournalsRangeIsAnError(t *testing.T) {
	e := mustNew(t, app(newAgg()))
	err := e.AdvanceTo(runtime.DefaultStartTime.AddDate(300, 0, 0))
	if err == nil || !strings.Contains(err.Error(), "more than 292 years after the start time") {
		t.Fatalf("error: %v", err)
	}
	must(t, e.AdvanceTo(runtime.DefaultStartTime.AddDate(290, 0, 0)))
}
