package runtime_test

import (
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
	bank "github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/testdata/example/integration"
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

// JournalSince(k) is the journal from entry k+1 on, times included, for every
// k, and out-of-range arguments are clamped.
func TestJournalSinceIsTheJournalsTail(t *testing.T) {
	a := bank.New()
	s := runtimetest.Begin(t, a)
	dayOfBusiness(s, a.Gateway.(*integration.InMemoryGateway))
	e := s.Engine()
	all := e.Journal()
	for k := -1; k <= len(all)+1; k++ {
		want := runtime.FormatJournal(all[max(0, min(k, len(all))):])
		if got := runtime.FormatJournal(e.JournalSince(k)); got != want {
			t.Fatalf("JournalSince(%d):\n%s\nwant:\n%s", k, got, want)
		}
	}
}
