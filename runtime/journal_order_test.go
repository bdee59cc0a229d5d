package runtime_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// journalLines is the journal without times, one entry a line.
func journalLines(e *runtime.Engine) []string {
	var out []string
	for _, en := range e.Journal() {
		s := en.String()
		// Drop the time: "<seq> <time> <rest>".
		f := strings.SplitN(s, " ", 3)
		out = append(out, f[0]+" "+f[2])
	}
	return out
}

func TestJournalKeepsTheOrderOfAHandlersCalls(t *testing.T) {
	p := newProc()
	p.eventFn = func(_ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
		s.ScheduleTimeout(&TO{Tag: "t1"}, s.RecordedAt().Add(time.Hour))
		s.ScheduleTimeout(&TO{Tag: "t2"}, s.RecordedAt().Add(2*time.Hour))
		return nil
	}
	p.timeoutFn = func(_ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
		s.ExecuteCommand(&Cmd3{ID: "x"})
		s.Log("executed, now ending")
		s.End()
		return nil
	}
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	must(t, e.AdvanceTime(time.Hour))
	wantViolations(t, e)
	wantLines(t, "journal", journalLines(e),
		`1 recorded #1 *runtime_test.Evt`,
		`2 handled #1 *runtime_test.Evt by proc instance "a"`,
		`3 produced #2 *runtime_test.TO cause #1 by proc instance "a" for 2000-01-01T01:00:00Z`,
		`4 produced #3 *runtime_test.TO cause #1 by proc instance "a" for 2000-01-01T02:00:00Z`,
		`5 handled #2 *runtime_test.TO cause #1 by proc instance "a"`,
		// The handler's calls, in the order it made them: the command
		// first, End() last.
		`6 produced #4 *runtime_test.Cmd3 cause #2 by proc instance "a"`,
		`7 log #2 *runtime_test.TO cause #1 by proc instance "a": executed, now ending`,
		`8 notice #2 *runtime_test.TO cause #1 by proc instance "a": End() called`,
		// Then what the engine did once the handler had returned.
		`9 notice #2 *runtime_test.TO cause #1 by proc instance "a": after HandleTimeout returned: instance ended; its state is dropped and 1 timeouts cancelled`,
		`10 notice #4 *runtime_test.Cmd3 cause #2: no handler in the application handles this command type; it is dropped`,
	)
	if e.Pending() != 0 {
		t.Fatalf("pending: %d", e.Pending())
	}
}

// The look-alike: End() first, then ExecuteCommand, which cancels it; the
// journal says so where the command was executed, and nothing ends.
func TestJournalShowsAnEndCancelledWhereTheCommandWasExecuted(t *testing.T) {
	p := newProc()
	p.eventFn = func(_ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
		s.End()
		s.ExecuteCommand(&Cmd3{ID: "x"})
		return nil
	}
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	wantLines(t, "journal", journalLines(e),
		`1 recorded #1 *runtime_test.Evt`,
		`2 handled #1 *runtime_test.Evt by proc instance "a"`,
		`3 notice #1 *runtime_test.Evt by proc instance "a": End() called`,
		`4 produced #2 *runtime_test.Cmd3 cause #1 by proc instance "a"`,
		`5 notice #1 *runtime_test.Evt by proc instance "a": End() cancelled by a later ExecuteCommand; the instance goes on and its pending timeouts stay`,
		`6 notice #2 *runtime_test.Cmd3 cause #1: no handler in the application handles this command type; it is dropped`,
	)
}

func TestJournalOfAnAggregateShowsEventsWhereTheyWereRecorded(t *testing.T) {
	a := newAgg()
	a.handleFn = func(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		s.RecordEvent(&Evt{ID: "a", N: 1})
		s.Destroy()
		s.Log("destroyed")
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	wantLines(t, "journal", journalLines(e),
		`1 executed #1 *runtime_test.Cmd`,
		`2 handled #1 *runtime_test.Cmd by agg instance "a"`,
		`3 produced #2 *runtime_test.Evt cause #1 by agg instance "a"`,
		`4 notice #1 *runtime_test.Cmd by agg instance "a": Destroy() called`,
		`5 log #1 *runtime_test.Cmd by agg instance "a": destroyed`,
		`6 notice #1 *runtime_test.Cmd by agg instance "a": after HandleCommand returned: instance destroyed; the next command starts from New() (1 events discarded from memory)`,
	)
}
