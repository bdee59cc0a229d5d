package runtime_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// panickingProj panics in the nth call (from 1) to one of its methods.
type panickingProj struct {
	*proj
	method string
	nth    int
	value  any
	calls  map[string]int
}

func (p *panickingProj) maybePanic(m string) {
	p.calls[m]++
	if m == p.method && p.calls[m] == p.nth {
		panic(p.value)
	}
}

func (p *panickingProj) ResourceVersion(ctx context.Context, r []byte) ([]byte, error) {
	p.maybePanic("ResourceVersion")
	return p.proj.ResourceVersion(ctx, r)
}

func (p *panickingProj) HandleEvent(ctx context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	p.maybePanic("HandleEvent")
	return p.proj.HandleEvent(ctx, r, c, n, s, e)
}

func (p *panickingProj) CloseResource(ctx context.Context, r []byte) error {
	p.maybePanic("CloseResource")
	return p.proj.CloseResource(ctx, r)
}

// TestProjectionPanicNamesTheMethod checks that a panic in any of the six
// calls of one event's handling is reported for the method that panicked and
// discards the handling.
func TestProjectionPanicNamesTheMethod(t *testing.T) {
	cases := []struct {
		method string
		nth    int
		value  any
		want   string
	}{
		{"ResourceVersion", 1, "boom", "handler-panic|MUST|proj|ResourceVersion||*runtime_test.Evt"},
		{"HandleEvent", 1, dogma.UnexpectedMessage, "unexpected-message-panic|MUST|proj|HandleEvent||*runtime_test.Evt"},
		{"ResourceVersion", 2, "boom", "handler-panic|MUST|proj|ResourceVersion||*runtime_test.Evt"},
		{"HandleEvent", 2, errors.New("boom"), "handler-panic|MUST|proj|HandleEvent||*runtime_test.Evt"},
		{"CloseResource", 1, "boom", "handler-panic|MUST|proj|CloseResource||*runtime_test.Evt"},
		{"ResourceVersion", 3, "boom", "handler-panic|MUST|proj|ResourceVersion||*runtime_test.Evt"},
	}
	for _, strict := range []bool{false, true} {
		for _, tc := range cases {
			t.Run(sprintf("%s %d strict=%v", tc.method, tc.nth, strict), func(t *testing.T) {
				p := &panickingProj{proj: newProj(), method: tc.method, nth: tc.nth, value: tc.value, calls: map[string]int{}}
				e := mustNew(t, app(p), runtime.Strict(strict))
				err := e.RecordEvent(ctx, &Evt{ID: "a"})
				var verr *runtime.ViolationError
				if strict != errors.As(err, &verr) {
					t.Fatalf("strict=%v: error %v", strict, err)
				}
				if !strict && err != nil {
					t.Fatalf("error: %v", err)
				}
				wantViolations(t, e, tc.want)
				if msg := e.Violations()[0].Message; !strings.HasPrefix(msg, tc.method+" panicked") {
					t.Errorf("message %q does not name %s", msg, tc.method)
				}
				wantLines(t, "handled", entries(e, runtime.Handled),
					"#1 *runtime_test.Evt proj: discarded: the handling did not complete")
			})
		}
	}
}
