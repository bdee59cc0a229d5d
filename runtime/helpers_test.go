package runtime_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

var ctx = context.Background()

func mustNew(t testing.TB, a dogma.Application, opts ...runtime.Option) *runtime.Engine {
	t.Helper()
	e, err := runtime.New(a, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

// summary is the comparable form of a violation:
// rule|level|handler|method|instance|message type.
func summary(vs []runtime.Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s", v.Rule, v.Level, v.Handler, v.Method, v.Instance, v.MessageType))
	}
	return out
}

// wantViolations asserts the exact list of violations, in order.
func wantViolations(t testing.TB, e *runtime.Engine, want ...string) {
	t.Helper()
	got := summary(e.Violations())
	if !slices.Equal(got, want) {
		t.Fatalf("violations:\n got: %s\nwant: %s\nfull:\n%s",
			strings.Join(got, "\n      "), strings.Join(want, "\n      "), runtime.FormatViolations(e.Violations()))
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// entries returns the journal lines of one action, without sequence numbers
// and times.
func entries(e *runtime.Engine, a runtime.Action) []string {
	var out []string
	for _, en := range e.Journal() {
		if en.Action != a {
			continue
		}
		s := fmt.Sprintf("#%s %s", en.MessageID, en.MessageType)
		if en.CauseID != "" {
			s += " <#" + en.CauseID
		}
		if en.Handler != "" {
			s += " " + en.Handler
		}
		if en.Instance != "" {
			s += "/" + en.Instance
		}
		if en.Note != "" {
			s += ": " + en.Note
		}
		out = append(out, s)
	}
	return out
}

func wantLines(t testing.TB, what string, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Fatalf("%s:\n got: %q\nwant: %q", what, got, want)
	}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
