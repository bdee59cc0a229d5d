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
		undeclared = "undeclared-message|MUST|agg|AggregateCommandScope.RecordEvent|a|*runtime_test.Undeclared"
	)
	wantViolations(t, e, nilEvt, invalid, undeclared, nilEvt, invalid, undeclared)
	wantLines(t, "produced", entries(e, runtime.Produced),
		"#2 *runtime_test.Evt <#1 agg/a", "#3 *runtime_test.Evt <#1 agg/a", "#4 *runtime_test.Evt <#1 agg/a",
		"#6 *runtime_test.Evt <#5 agg/a", "#7 *runtime_test.Evt <#5 agg/a", "#8 *runtime_test.Evt <#5 agg/a")
}
