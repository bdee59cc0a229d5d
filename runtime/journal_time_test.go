package runtime_test

import (
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/runtime"
)

// TestJournalTimes checks each entry's time as the clock moves, stays and
// moves again (the journal stores a time only when it changes).
func TestJournalTimes(t *testing.T) {
	e := mustNew(t, app(newAgg()))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.AdvanceTime(time.Hour))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	must(t, e.AdvanceTime(0))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "b", N: 1}))
	must(t, e.AdvanceTo(runtime.DefaultStartTime.Add(3*time.Hour)))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a", N: 1}))
	var got []string
	for _, en := range e.Journal() {
		got = append(got, sprintf("%d %s %s", en.Seq, en.Action, en.At.Sub(runtime.DefaultStartTime)))
	}
	wantLines(t, "journal times", got,
		"1 executed 0s", "2 handled 0s", "3 produced 0s",
		"4 executed 1h0m0s", "5 handled 1h0m0s", "6 produced 1h0m0s",
		"7 executed 1h0m0s", "8 handled 1h0m0s", "9 produced 1h0m0s",
		"10 executed 3h0m0s", "11 handled 3h0m0s", "12 produced 3h0m0s",
	)
}
