package runtime_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// fuzzRoot is a process root that remembers which incarnation it is.
type fuzzRoot struct{ Token int }

// fuzzApp builds a small application whose handlers pick their behaviour
// from the messages' N, and checks invariants from inside the handlers.
// Broken invariants are appended to *broken.
func fuzzApp(broken *[]string, e **runtime.Engine, limit *time.Time) *testApp {
	model := map[string]int{} // the sum each aggregate instance must hold
	tokens := 0

	a := newAgg()
	a.handleFn = func(r dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		cmd := c.(*Cmd)
		id := s.InstanceID()
		if got := r.(*aggRoot).Sum; got != model[id] {
			*broken = append(*broken, fmt.Sprintf("aggregate %s: root sum %d, want %d", id, got, model[id]))
		}
		sum := model[id]
		switch {
		case cmd.N%13 == 0:
			s.RecordEvent(&Evt{ID: id, N: cmd.N})
			panic("unlucky") // the event is discarded
		case cmd.N%7 == 0:
			s.Destroy()
			sum = 0
		case cmd.N%11 == 0:
			s.RecordEvent(&Evt{ID: id, N: cmd.N})
			s.Destroy()
			sum = 0
		default:
			s.RecordEvent(&Evt{ID: id, N: cmd.N})
			sum += cmd.N
			if cmd.N%9 == 0 {
				// Two more events for the process: End (3), then begin
				// again (1), while a timeout may still be queued.
				s.RecordEvent(&Evt{ID: id, N: 3})
				s.RecordEvent(&Evt{ID: id, N: 1})
				sum += 4
			}
			if cmd.N%5 == 0 {
				s.Destroy()
				s.RecordEvent(&Evt{ID: id, N: 1}) // cancels the Destroy
				sum++
			}
		}
		model[id] = sum
	}

	p := newProc()
	p.newFn = func() dogma.ProcessRoot { return &fuzzRoot{} }
	p.eventFn = func(r dogma.ProcessRoot, s dogma.ProcessEventScope, ev dogma.Event) error {
		root := r.(*fuzzRoot)
		if root.Token == 0 {
			tokens++
			root.Token = tokens
		}
		n := ev.(*Evt).N
		tag := fmt.Sprint(root.Token)
		if n%3 == 0 {
			s.End()
		}
		if n%4 == 0 {
			s.ScheduleTimeout(&TO{ID: s.InstanceID(), Tag: tag}, s.RecordedAt().Add(time.Duration(n%50-10)*time.Minute))
		}
		if n%17 == 0 {
			s.End()
			s.ExecuteCommand(&Cmd2{ID: s.InstanceID()})
		}
		return nil
	}
	p.timeoutFn = func(r dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
		to := t.(*TO)
		root := r.(*fuzzRoot)
		if to.ID != s.InstanceID() || to.Tag != fmt.Sprint(root.Token) {
			*broken = append(*broken, fmt.Sprintf("timeout %s/%s delivered to %s/%d", to.ID, to.Tag, s.InstanceID(), root.Token))
		}
		if now := (*e).Now(); now.Before(s.ScheduledFor()) || s.ScheduledFor().After(*limit) {
			*broken = append(*broken, fmt.Sprintf("timeout for %s delivered early at %s (operation up to %s)", s.ScheduledFor(), now, *limit))
		}
		if root.Token%2 == 0 {
			s.End()
		}
		return nil
	}
	return app(a, p, newInteg(), newProj())
}

// runFuzz interprets data as operations and returns the journal and
// violations.
func runFuzz(t *testing.T, data []byte) (string, []runtime.Violation, []string) {
	var broken []string
	var e *runtime.Engine
	var limit time.Time // the latest time the current operation may reach
	e = mustNew(t, fuzzApp(&broken, &e, &limit))
	for i := 0; i+1 < len(data); i += 2 {
		op, arg := data[i], int(data[i+1])
		before := e.Now()
		limit = before
		id := fmt.Sprint("i", arg%4)
		switch op % 5 {
		case 0:
			_ = e.ExecuteCommand(ctx, &Cmd{ID: id, N: arg})
		case 1:
			_ = e.RecordEvent(ctx, &Evt{ID: id, N: arg})
		case 2:
			limit = before.Add(time.Duration(arg) * time.Minute)
			_ = e.AdvanceTime(time.Duration(arg) * time.Minute)
		case 3:
			_ = e.ExecuteCommand(ctx, &Cmd2{ID: id, N: arg})
		case 4:
			if err := e.ExecuteCommand(ctx, &Cmd{ID: id, Invalid: true}); err == nil {
				broken = append(broken, "an invalid command was accepted")
			}
		}
		if now := e.Now(); !now.Equal(limit) {
			broken = append(broken, fmt.Sprintf("the clock reads %s after an operation up to %s", now, limit))
		}
	}
	return runtime.FormatJournal(e.Journal()), e.Violations(), broken
}

func FuzzEngine(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 1, 4, 2, 30, 0, 13})
	f.Add([]byte{1, 8, 1, 3, 1, 8, 2, 60, 1, 12, 2, 255})
	f.Add([]byte{3, 1, 0, 7, 0, 11, 0, 5, 1, 51, 2, 100})
	f.Add([]byte{0, 108, 2, 10, 0, 36, 2, 60})
	f.Add([]byte{1, 48, 2, 10, 1, 44, 2, 60})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 400 {
			data = data[:400]
		}
		j1, v1, broken := runFuzz(t, data)
		for _, b := range broken {
			t.Error(b)
		}
		allowed := []runtime.RuleID{runtime.HandlerPanic, runtime.ProcessRebegun}
		for _, v := range v1 {
			if !slices.Contains(allowed, v.Rule) {
				t.Errorf("unexpected violation: %s", v)
			}
		}
		// Causes always precede what they cause.
		seen := map[string]bool{}
		for _, en := range mustEntries(j1) {
			if en.cause != "" && !seen[en.cause] {
				t.Errorf("entry %q names a cause not yet seen", en.line)
			}
			seen[en.id] = true
		}
		j2, v2, _ := runFuzz(t, data)
		if j1 != j2 || runtime.FormatViolations(v1) != runtime.FormatViolations(v2) {
			t.Error("two runs of the same input differ")
		}
	})
}

type journalLine struct{ id, cause, line string }

// mustEntries parses FormatJournal's output back into IDs and causes.
func mustEntries(j string) []journalLine {
	var out []journalLine
	for _, line := range strings.Split(strings.TrimSuffix(j, "\n"), "\n") {
		if line == "" {
			continue
		}
		var l journalLine
		l.line = line
		var seq int
		var at, action, id string
		fmt.Sscanf(line, "%d %s %s %s", &seq, &at, &action, &id)
		l.id = id[1:]
		if i := strings.Index(line, " cause #"); i >= 0 {
			fmt.Sscanf(line[i+len(" cause #"):], "%s", &l.cause)
		}
		out = append(out, l)
	}
	return out
}
