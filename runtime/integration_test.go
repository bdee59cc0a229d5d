package runtime_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

func TestIntegrationEventsOfAFailedHandlingAreDiscarded(t *testing.T) {
	i := newInteg()
	i.handleFn = func(s dogma.IntegrationCommandScope, c dogma.Command) error {
		s.RecordEvent(&Evt2{ID: c.(*Cmd2).ID})
		if c.(*Cmd2).N == 1 {
			return errors.New("gateway down")
		}
		return nil
	}
	p := newProj()
	e := mustNew(t, app(i, p))
	err := e.ExecuteCommand(ctx, &Cmd2{ID: "x", N: 1})
	if err == nil || err.Error() != "integration integ: HandleCommand(*runtime_test.Cmd2 #1): gateway down" {
		t.Fatalf("error: %v", err)
	}
	if len(p.applied) != 0 {
		t.Fatalf("the projection saw %v", p.applied)
	}
	wantLines(t, "notices", entries(e, runtime.Notice))
	wantLines(t, "handled", entries(e, runtime.Handled),
		"#1 *runtime_test.Cmd2 integ: failed: gateway down; the message it produced is dropped")
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.Evt2 <#1 integ: dropped: the handling that produced it did not succeed")

	must(t, e.ExecuteCommand(ctx, &Cmd2{ID: "y"}))
	wantLines(t, "produced", entries(e, runtime.Produced)[1:], "#4 *runtime_test.Evt2 <#3 integ")
	wantLines(t, "projected", p.applied, "*runtime_test.Evt2")
	wantViolations(t, e)
}

func TestIntegrationProducedEventsAreChecked(t *testing.T) {
	i := newInteg()
	i.handleFn = func(s dogma.IntegrationCommandScope, c dogma.Command) error {
		s.RecordEvent(&Evt{ID: "declared by the aggregate"})
		s.Log("recorded %d events", 1)
		return nil
	}
	e := mustNew(t, app(newAgg(), i))
	must(t, e.ExecuteCommand(ctx, &Cmd2{ID: "x"}))
	wantViolations(t, e, "scope-unrouted-message|MUST|integ|IntegrationCommandScope.RecordEvent||*runtime_test.Evt")
	if v := e.Violations()[0]; !strings.Contains(v.Message, "add dogma.RecordsEvent[*runtime_test.Evt]() to its routes") {
		t.Fatalf("message: %s", v.Message)
	}
	wantLines(t, "log", entries(e, runtime.Logged), "#1 *runtime_test.Cmd2 integ: recorded 1 events")
}

func TestIntegrationPanic(t *testing.T) {
	i := newInteg()
	i.handleFn = func(s dogma.IntegrationCommandScope, c dogma.Command) error {
		s.RecordEvent(&Evt2{})
		var m map[string]int
		m["x"] = 1 // a run-time panic
		return nil
	}
	e := mustNew(t, app(i))
	must(t, e.ExecuteCommand(ctx, &Cmd2{ID: "x"}))
	wantViolations(t, e, "handler-panic|MUST|integ|HandleCommand||*runtime_test.Cmd2")
	if v := e.Violations()[0]; !strings.Contains(v.Message, "assignment to entry in nil map") {
		t.Fatalf("message: %s", v.Message)
	}
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.Evt2 <#1 integ: dropped: the handling that produced it did not succeed")
}
