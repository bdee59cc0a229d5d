// Package runtimetest runs scenarios against dogmavet's reference engine,
// checks what each step caused, and fails a test with every violation of
// dogma's run-time rules.
//
//	func TestDeposit(t *testing.T) {
//		s := runtimetest.Begin(t, app.New())
//		s.ExecuteCommand(messages.OpenAccount{AccountID: "a1", CustomerName: "Ann"},
//			runtimetest.Records(messages.AccountOpened{AccountID: "a1", CustomerName: "Ann"}))
//		s.ExecuteCommand(messages.ChargeCard{PaymentID: "p1", AccountID: "a1", CardToken: "card", Amount: 100},
//			runtimetest.Executes(messages.CreditAccount{AccountID: "a1", TransactionID: "p1", Amount: 100}),
//			runtimetest.RecordsType[messages.AccountCredited]())
//	}
//
// Each step (ExecuteCommand, RecordEvent, AdvanceTime) is checked against
// what its operation caused, downstream included; every step also fails on
// any violation unless Violates names the rules it must break. Run, for a
// scenario written against the engine directly, checks violations only.
// docs/runtime.md compares the expectations with testkit's.
package runtimetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// Run creates an engine for app, runs scenario against it and fails t if
// the application is invalid, if scenario returns an error, or if any
// violation was recorded. It returns the engine for further assertions, or
// nil if it could not be created.
func Run(t testing.TB, app dogma.Application, scenario func(*runtime.Engine) error, opts ...runtime.Option) *runtime.Engine {
	t.Helper()
	e, err := runtime.New(app, opts...)
	if err != nil {
		t.Fatalf("runtimetest: %v", err)
		return nil
	}
	if err := scenario(e); err != nil {
		t.Errorf("runtimetest: the scenario failed: %v", err)
	}
	NoViolations(t, e)
	return e
}

// NoViolations fails t, listing every violation, if e recorded any.
func NoViolations(t testing.TB, e *runtime.Engine) {
	t.Helper()
	if vs := e.Violations(); len(vs) > 0 {
		t.Errorf("runtimetest: %d dogma rule violations:\n%s", len(vs), Format(vs))
	}
}

// ExpectRules fails t unless e's violations break exactly these rules, in
// this order.
func ExpectRules(t testing.TB, e *runtime.Engine, rules ...runtime.RuleID) {
	t.Helper()
	vs := e.Violations()
	got := make([]runtime.RuleID, len(vs))
	for i, v := range vs {
		got[i] = v.Rule
	}
	if !slices.Equal(got, rules) {
		t.Errorf("runtimetest: got violations of %v, want %v:\n%s", got, rules, Format(vs))
	}
}

// Format prints violations for a person: one numbered block each, with the
// rule, where it happened, what to do, the dogma sentence and the docs link.
func Format(vs []runtime.Violation) string {
	var b strings.Builder
	for i, v := range vs {
		fmt.Fprintf(&b, "%d. %s [%s] %s %q", i+1, v.Level, v.Rule, v.HandlerKind, v.Handler)
		if v.Method != "" {
			fmt.Fprintf(&b, ", %s", v.Method)
		}
		if v.Instance != "" {
			fmt.Fprintf(&b, ", instance %q", v.Instance)
		}
		if v.MessageType != "" {
			fmt.Fprintf(&b, ", message %s", v.MessageType)
			if v.MessageID != "" {
				fmt.Fprintf(&b, " #%s", v.MessageID)
			}
		}
		fmt.Fprintf(&b, "\n   %s\n   dogma: %q\n   see %s\n", v.Message, v.Quote, v.Rule.URL())
	}
	return b.String()
}
