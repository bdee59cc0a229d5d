package runtime_test

import (
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// TestProducedAfterAValidOneOfTheSameType checks that a nil or invalid
// message is reported even when the handler has just produced a valid one
// of the same type (admit remembers the type it last admitted), and that an
// undeclared type is still reported between them.
func TestProducedAfterAValidOneOfTheSameType(t *testing.T) {
	a := newAgg()
	a.handleFn = func(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
		id := c.(*Cmd).ID
		s.RecordEvent(&Evt{ID: id, N: 1})
		s.RecordEvent((*Evt)(nil))
		s.RecordEvent(&Evt{ID: id, N: 2})
		s.RecordEvent(&Evt{ID: id, Invalid: true})
		s.RecordEvent(&Undeclared{ID: id})
		s.RecordEvent(&Evt{ID: id, N: 3})
	}
	e := mustNew(t, app(a))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	must(t, e.ExecuteCommand(ctx, &Cmd{ID: "a"}))
	const (
		nilEvt     = "invalid-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Evt"
		invalid    = "invalid-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Evt"
		undeclared = "scope-unrouted-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Undeclared"
	)
	wantViolations(t, e, nilEvt, invalid, undeclared, nilEvt, invalid, undeclared)
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.Evt <#1 agg/a", "#3 *runtime_test.Evt <#1 agg/a", "#4 *runtime_test.Evt <#1 agg/a",
		"#6 *runtime_test.Evt <#5 agg/a", "#7 *runtime_test.Evt <#5 agg/a", "#8 *runtime_test.Evt <#5 agg/a")
}

// ValCmd implements dogma.Command with value receivers, so *ValCmd does too.
type ValCmd struct{ ID string }

func (ValCmd) MessageDescription() string                  { return "value command" }
func (ValCmd) Validate(dogma.CommandValidationScope) error { return nil }

// The engine asks the rule book whether a produced type is routed, so it
// tells a pointer slip from a missing route, as the analyzers do.
func TestUnroutedProducedTypesSayWhatToDo(t *testing.T) {
	p := newProc()
	p.routes = append(p.routes, dogma.ExecutesCommand[ValCmd]())
	p.eventFn = func(_ dogma.ProcessRoot, s dogma.ProcessEventScope, _ dogma.Event) error {
		s.ExecuteCommand(ValCmd{ID: "routed"})
		s.ExecuteCommand(&ValCmd{ID: "pointer"})
		s.ExecuteCommand(&UndeclaredCmd{})
		s.ExecuteCommand(ValCmd{ID: "routed again"})
		s.ExecuteCommand(&ValCmd{ID: "pointer again"})
		return nil
	}
	e := mustNew(t, app(p))
	must(t, e.RecordEvent(ctx, &Evt{ID: "a", N: 1}))
	const (
		pointer = "scope-unrouted-message|MUST|proc|ProcessEventScope.ExecuteCommand|a|*runtime_test.ValCmd"
		missing = "scope-unrouted-message|MUST|proc|ProcessEventScope.ExecuteCommand|a|*runtime_test.UndeclaredCmd"
	)
	wantViolations(t, e, pointer, missing, pointer)
	vs := e.Violations()
	wantLines(t, "messages", []string{vs[0].Message, vs[1].Message, vs[2].Message},
		"ProcessEventScope.ExecuteCommand was called with *runtime_test.ValCmd, but it routes runtime_test.ValCmd, a different type to the engine; pass a runtime_test.ValCmd",
		"ProcessEventScope.ExecuteCommand was called with *runtime_test.UndeclaredCmd, which it does not route; add dogma.ExecutesCommand[*runtime_test.UndeclaredCmd]() to its routes, or stop producing it",
		"ProcessEventScope.ExecuteCommand was called with *runtime_test.ValCmd, but it routes runtime_test.ValCmd, a different type to the engine; pass a runtime_test.ValCmd")
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 runtime_test.ValCmd <#1 proc/a", "#3 runtime_test.ValCmd <#1 proc/a")
	if u := vs[0].Rule.URL(); u != "https://github.com/dogmavet/dogmavet/blob/main/docs/rules.md#scope-unrouted-message" {
		t.Errorf("URL: %s", u)
	}
}
