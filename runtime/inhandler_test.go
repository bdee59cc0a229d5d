package runtime_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// withDeadline fails the test instead of hanging when fn blocks.
func withDeadline(t *testing.T, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("an engine call from inside a handler did not return")
	}
}

func TestEngineCallsFromInsideAHandlerReturnAtOnce(t *testing.T) {
	var e *runtime.Engine
	type answers struct {
		violations, journal, pending int
		journalSince                 int
		advance, advanceTo, execute  error
		record                       error
		now                          time.Time
	}
	var got answers
	a := newAgg()
	a.handleFn = func(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 1})
		got.violations = len(e.Violations())
		got.journal = len(e.Journal())
		got.journalSince = len(e.JournalSince(1))
		got.pending = e.Pending()
		got.advance = e.AdvanceTime(time.Hour)
		got.advanceTo = e.AdvanceTo(runtime.DefaultStartTime.Add(time.Hour))
		got.execute = e.ExecuteCommand(context.Background(), &Cmd{ID: "b", N: 1})
		got.record = e.RecordEvent(context.Background(), &Evt{ID: "c", N: 1})
		got.now = e.Now() // allowed
	}
	i := newInteg()
	i.handleFn = nil
	e = mustNew(t, app(a, i))
	withDeadline(t, func() { must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1})) })

	// Each answered from the state so far: Violations saw its own call's
	// violation; the journal had the command, its handling and the event.
	if got.violations != 1 || got.journal != 3 || got.journalSince != 2 || got.pending != 0 {
		t.Fatalf("answers: %+v", got)
	}
	for name, err := range map[string]error{"AdvanceTime": got.advance, "AdvanceTo": got.advanceTo, "ExecuteCommand": got.execute, "RecordEvent": got.record} {
		if err == nil || !strings.Contains(err.Error(), "from inside one of the engine's own handlers; see "+runtime.EngineCallFromHandler.URL()) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if !got.now.Equal(runtime.DefaultStartTime) {
		t.Errorf("Now: %v", got.now)
	}
	v := "engine-call-from-handler|MUST|agg|%s|a|*runtime_test.Cmd"
	wantViolations(t, e,
		sprintf(v, "Engine.Violations"), sprintf(v, "Engine.Journal"), sprintf(v, "Engine.JournalSince"), sprintf(v, "Engine.Pending"),
		sprintf(v, "Engine.AdvanceTime"), sprintf(v, "Engine.AdvanceTo"),
		sprintf(v, "Engine.ExecuteCommand"), sprintf(v, "Engine.RecordEvent"))
	if m := e.Violations()[0].Message; m != "the handler called Engine.Violations on the engine that is running it, which would wait forever for the operation in progress; read the engine's state once the operation has returned, in the test itself" {
		t.Errorf("message: %s", m)
	}
	// Nothing the calls asked for happened: the clock did not move and the
	// commands were not executed.
	if !e.Now().Equal(runtime.DefaultStartTime) || len(entries(e, runtime.Executed)) != 1 {
		t.Fatalf("now %v, executed %q", e.Now(), entries(e, runtime.Executed))
	}
}

// An integration calling ExecuteCommand with the context it is handed.
type reentrantInteg struct {
	*integ
	e     *runtime.Engine
	inner error
}

func (i *reentrantInteg) HandleCommand(ctx context.Context, s dogma.IntegrationCommandScope, c dogma.Command) error {
	i.inner = i.e.ExecuteCommand(ctx, &Cmd{ID: "x"})
	return nil
}

func TestExecuteCommandWithAHandlersContextIsAnError(t *testing.T) {
	i := &reentrantInteg{integ: newInteg()}
	e := mustNew(t, app(newAgg(), i))
	i.e = e
	withDeadline(t, func() { must(t, e.ExecuteCommand(ctx, &Cmd2{ID: "y"})) })
	if i.inner == nil || i.inner.Error() != "cannot call ExecuteCommand from inside one of the engine's own handlers; see "+runtime.EngineCallFromHandler.URL() {
		t.Fatalf("inner error: %v", i.inner)
	}
	wantViolations(t, e, "engine-call-from-handler|MUST|integ|Engine.ExecuteCommand||*runtime_test.Cmd2")
}

// The look-alike: another goroutine calling the engine while a handler runs
// waits for the operation, as the engine is serialised, and is no violation.
func TestEngineCallsFromAnotherGoroutineWaitForTheOperation(t *testing.T) {
	var e *runtime.Engine
	inHandler, release := make(chan struct{}), make(chan struct{})
	a := newAgg()
	a.handleFn = func(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 1})
		close(inHandler)
		<-release
	}
	e = mustNew(t, app(a))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1})) }()
	<-inHandler
	var journal int
	var advanced error
	read := make(chan struct{})
	go func() {
		defer close(read)
		journal = len(e.Journal())
		advanced = e.AdvanceTime(time.Minute)
	}()
	select {
	case <-read:
		t.Fatal("Journal returned while the operation held the engine")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	wg.Wait()
	<-read
	if journal != 3 || advanced != nil {
		t.Fatalf("journal %d entries, advance: %v", journal, advanced)
	}
	wantViolations(t, e)
}
