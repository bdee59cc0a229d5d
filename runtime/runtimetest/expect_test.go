package runtimetest_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
	rt "github.com/dogmavet/dogmavet/runtime/runtimetest"
)

// pass runs step on a fresh scenario and fails if it reports anything.
func pass(t *testing.T, step func(*rt.Scenario)) {
	t.Helper()
	r := newRecordingT()
	step(rt.Begin(r, bankApp{}))
	if len(r.errors) != 0 {
		t.Fatalf("unexpected failures:\n%s", strings.Join(r.errors, "\n---\n"))
	}
}

var update = flag.Bool("update", false, "rewrite the failure messages in testdata/*.golden")

// failures collects, per test, the failures its fail calls reported; at the
// end of the test they are compared, byte for byte, with
// testdata/<test>.golden, which pins every message.
var failures = map[*testing.T]*strings.Builder{}

// fail runs step on a fresh scenario, which must fail, and adds its failure
// messages to the test's golden file.
func fail(t *testing.T, step func(*rt.Scenario)) {
	t.Helper()
	r := newRecordingT()
	step(rt.Begin(r, bankApp{}))
	if len(r.errors) == 0 {
		t.Fatal("the step reported no failure")
	}
	addFailures(t, r.errors)
}

func addFailures(t *testing.T, errs []string) {
	t.Helper()
	b := failures[t]
	if b == nil {
		b = &strings.Builder{}
		failures[t] = b
		t.Cleanup(func() { checkGolden(t, b.String()) })
	}
	for _, e := range errs {
		b.WriteString(e)
		b.WriteString("\n-----\n")
	}
}

func checkGolden(t *testing.T, got string) {
	path := filepath.Join("testdata", t.Name()+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./runtime/runtimetest -update", err)
	}
	if got != string(want) {
		t.Errorf("failure messages differ from %s (go test ./runtime/runtimetest -update rewrites it):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff shows the first line where got and want differ, with context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return ""
}

var openA1 = OpenAcct{ID: "a1", Name: "Ann"}

// anEvent is an interface every event implements, unimplemented one none
// does.
type (
	anEvent       interface{ dogma.Event }
	unimplemented interface {
		dogma.Event
		Unimplemented()
	}
)

func TestRecords(t *testing.T) {
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Records(AcctOpened{ID: "a1", Name: "Ann"}))
	})
	// Downstream of the command: the notifier records Notified.
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Records(Notified{ID: "a1", Text: "welcome, Ann"}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Records(AcctOpened{ID: "a1", Name: "Bob"}))
	})
	// The closest of several: the one with fewest differences.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5}, rt.Records(Notified{ID: "a2", Text: "you deposited 5"}))
	})
	// Only this step's messages: the first step's event is not seen again.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5}, rt.Records(AcctOpened{ID: "a1", Name: "Ann"}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Records(&AcctOpened{ID: "a1", Name: "Ann"}))
	})
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.Records(nil)) })
}

func TestExecutes(t *testing.T) {
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Executes(Notify{ID: "a1", Text: "welcome, Ann"}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Executes(Notify{ID: "a1", Text: "hello"}))
	})
	// The command given to the step is not one a handler executed.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(Notify{ID: "a1", Text: "hi"}, rt.Executes(Notify{ID: "a1", Text: "hi"}))
	})
}

func TestTypeExpectations(t *testing.T) {
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.RecordsType[AcctOpened](), rt.RecordsType[Notified](), rt.ExecutesType[Notify]())
	})
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.RecordsType[anEvent](), rt.Not(rt.RecordsType[unimplemented]()))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.RecordsType[FundsDeposited]())
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(Notify{ID: "a1"}, rt.ExecutesType[Notify]())
	})
}

func TestMatchingExpectations(t *testing.T) {
	big := func(m FundsDeposited) error {
		if m.Amount < 100 {
			return errors.New("the amount is under 100")
		}
		return nil
	}
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 500}, rt.RecordsMatching(big))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5}, rt.RecordsMatching(big))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.RecordsMatching(big))
	})
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.ExecutesMatching(func(m Notify) error {
			if !strings.HasPrefix(m.Text, "welcome") {
				return errors.New("not a welcome")
			}
			return nil
		}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.ExecutesMatching(func(m Notify) error {
			if m.Text != "hello" {
				return errors.New("the text is not hello")
			}
			return nil
		}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.ExecutesMatching[Notify](nil))
	})
}

func TestOnlyExpectations(t *testing.T) {
	anyNotify := func(Notify) error { return nil }
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.ExecutesOnly(anyNotify))
	})
	// The event given to the step is not one a handler recorded: only the
	// notifier's Notified is.
	pass(t, func(s *rt.Scenario) {
		s.RecordEvent(AcctOpened{ID: "a1", Name: "Ann"}, rt.RecordsOnly(func(m Notified) error {
			if m.ID != "a1" {
				return errors.New("not a1")
			}
			return nil
		}))
	})
	// Two event types are recorded: AcctOpened and Notified.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.RecordsOnly(func(AcctOpened) error { return nil }))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.ExecutesOnly(func(m Notify) error {
			if m.Text != "hello" {
				return errors.New("the text is not hello")
			}
			return nil
		}))
	})
	// Nothing executed: Only needs at least one.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(Notify{ID: "a1"}, rt.ExecutesOnly(anyNotify))
	})
}

func TestComposites(t *testing.T) {
	opened := rt.Records(AcctOpened{ID: "a1", Name: "Ann"})
	deposited := rt.RecordsType[FundsDeposited]()
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1,
			rt.AllOf(opened, rt.ExecutesType[Notify]()),
			rt.AnyOf(deposited, opened),
			rt.NoneOf(deposited, rt.Records(AcctOpened{ID: "a2"})),
			rt.Not(deposited))
	})
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.AllOf(opened, deposited)) })
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.AnyOf(deposited, rt.Records(AcctOpened{ID: "a2"}))) })
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.NoneOf(deposited, opened)) })
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.Not(opened)) })
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.AnyOf(), nil, rt.Not(nil)) })
}

func TestRepeatedly(t *testing.T) {
	deposits := []int64{10, 20, 30}
	each := func(i int) rt.Expectation {
		return rt.Records(FundsDeposited{ID: "a1", Amount: deposits[i]})
	}
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.RecordEvent(FundsDeposited{ID: "a1", Amount: 0}) // nothing downstream records deposits
		for _, d := range deposits {
			s.ExecuteCommand(DepositFunds{ID: "a1", Amount: d}, rt.Repeatedly("record the deposit", 1, func(int) rt.Expectation {
				return rt.Records(FundsDeposited{ID: "a1", Amount: d})
			}))
		}
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 20}, rt.Repeatedly("record each deposit", 3, each))
	})
	fail(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.Repeatedly("do nothing", 0, each)) })
}

func TestViolations(t *testing.T) {
	// No violation is the default.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5, Stray: true}, rt.RecordsType[FundsDeposited]())
	})
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5, Stray: true}, rt.Violates(runtime.ScopeUnroutedMessage), rt.RecordsType[FundsDeposited]())
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1, rt.Violates(runtime.ScopeUnroutedMessage))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5, Stray: true}, rt.Violates(runtime.HandlerPanic))
	})
	// Violates() with no rules says the default out loud.
	pass(t, func(s *rt.Scenario) { s.ExecuteCommand(openA1, rt.Violates()) })
}

func TestAdvanceTimeAndRecordEventSteps(t *testing.T) {
	pass(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.AdvanceTime(time.Hour, rt.Not(rt.ExecutesType[Notify]()))
		s.AdvanceTime(23*time.Hour, rt.Executes(Notify{ID: "a1", Text: "make a deposit"}), rt.Records(Notified{ID: "a1", Text: "make a deposit"}))
		s.RecordEvent(FundsDeposited{ID: "a1", Amount: 7}, rt.Executes(Notify{ID: "a1", Text: "you deposited 7"}))
	})
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.AdvanceTime(time.Hour, rt.ExecutesType[Notify]())
	})
	// The chain of a timeout's command reaches back to the step that
	// scheduled it.
	fail(t, func(s *rt.Scenario) {
		s.ExecuteCommand(openA1)
		s.AdvanceTime(24*time.Hour, rt.Executes(Notify{ID: "a1", Text: "deposit now"}))
	})
}

func TestStepErrors(t *testing.T) {
	r := newRecordingT()
	s := rt.Begin(r, bankApp{notifier: notifier{fail: true}})
	s.ExecuteCommand(openA1, rt.RecordsType[AcctOpened]())
	if len(r.errors) != 1 {
		t.Fatalf("failures: %q", r.errors)
	}
	addFailures(t, r.errors)
}

func TestFailuresAreReportedAtTheCallersLine(t *testing.T) {
	r := newRecordingT()
	s := rt.Begin(r, bankApp{})
	s.ExecuteCommand(openA1, rt.RecordsType[FundsDeposited]())
	want := []string{line()}
	s.AdvanceTime(time.Hour, rt.ExecutesType[Notify]())
	want = append(want, line())
	s.RecordEvent(AcctOpened{ID: "a1"}, rt.Violates(runtime.HandlerPanic))
	want = append(want, line())
	if strings.Join(r.lines, " ") != strings.Join(want, " ") {
		t.Fatalf("reported at %q, want %q", r.lines, want)
	}
}

func TestBeginFailsOnAnInvalidApplication(t *testing.T) {
	r := newRecordingT()
	s := rt.Begin(r, nil)
	s.ExecuteCommand(openA1, rt.RecordsType[AcctOpened]()) // skipped
	if !r.fatal || len(r.errors) != 1 || r.errors[0] != "runtimetest: application must not be nil" {
		t.Fatalf("fatal %v, errors %q", r.fatal, r.errors)
	}
}

// In strict mode a violation stops the operation; the step reports the
// violation once, or expects it with Violates.
func TestStrictModeSteps(t *testing.T) {
	r := newRecordingT()
	s := rt.Begin(r, bankApp{}, runtime.Strict(true))
	s.ExecuteCommand(openA1)
	s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5, Stray: true}, rt.Violates(runtime.ScopeUnroutedMessage),
		rt.Not(rt.RecordsType[FundsDeposited]()))
	if len(r.errors) != 0 {
		t.Fatalf("failures: %q", r.errors)
	}
	s.ExecuteCommand(DepositFunds{ID: "a1", Amount: 5, Stray: true})
	if len(r.errors) != 1 || !strings.HasPrefix(r.errors[0], "runtimetest: ExecuteCommand(runtimetest_test.DepositFunds) broke 1 dogma rule:\n\t1. MUST [scope-unrouted-message]") {
		t.Fatalf("failures: %q", r.errors)
	}
}
