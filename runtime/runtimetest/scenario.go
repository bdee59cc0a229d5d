package runtimetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
)

// Scenario drives an engine step by step in a test. Each step is one engine
// operation, checked against the expectations given with it: what the
// operation caused, everything downstream included, and nothing from the
// steps before. A step fails the test if the operation returns an error or
// breaks a dogma rule, unless Violates says which rules it is expected to
// break.
//
//	s := runtimetest.Begin(t, app.New())
//	s.ExecuteCommand(messages.OpenAccount{AccountID: "a1", CustomerName: "Ann"},
//		runtimetest.Records(messages.AccountOpened{AccountID: "a1", CustomerName: "Ann"}))
type Scenario struct {
	t      testing.TB
	e      *runtime.Engine
	ctx    context.Context
	failed bool // Begin failed: every step is skipped

	// The journal read so far, and its message entries by ID, for causal
	// chains that reach back into earlier steps (a timeout's scheduling).
	seen     int
	messages map[string]runtime.Entry
}

// Begin creates an engine for app and returns a scenario that drives it. An
// invalid application fails t at once (with t.Fatalf), listing every problem.
func Begin(t testing.TB, app dogma.Application, opts ...runtime.Option) *Scenario {
	t.Helper()
	e, err := runtime.New(app, opts...)
	if err != nil {
		t.Fatalf("runtimetest: %v", err)
		return &Scenario{t: t, failed: true}
	}
	return &Scenario{t: t, e: e, ctx: context.Background(), messages: map[string]runtime.Entry{}}
}

// Engine returns the scenario's engine, for what the expectations do not
// cover, such as the whole journal or a projection's state.
func (s *Scenario) Engine() *runtime.Engine { return s.e }

// ExecuteCommand executes cmd and checks what it caused.
func (s *Scenario) ExecuteCommand(cmd dogma.Command, expect ...Expectation) {
	s.t.Helper()
	s.step(fmt.Sprintf("ExecuteCommand(%s)", typeOf(cmd)), func() error { return s.e.ExecuteCommand(s.ctx, cmd) }, expect)
}

// RecordEvent records ev and checks what it caused.
func (s *Scenario) RecordEvent(ev dogma.Event, expect ...Expectation) {
	s.t.Helper()
	s.step(fmt.Sprintf("RecordEvent(%s)", typeOf(ev)), func() error { return s.e.RecordEvent(s.ctx, ev) }, expect)
}

// AdvanceTime moves the engine's clock forward by d and checks what the
// timeouts that came due caused.
func (s *Scenario) AdvanceTime(d time.Duration, expect ...Expectation) {
	s.t.Helper()
	s.step(fmt.Sprintf("AdvanceTime(%s)", d), func() error { return s.e.AdvanceTime(d) }, expect)
}

// step runs one operation and checks it.
func (s *Scenario) step(name string, run func() error, expect []Expectation) {
	s.t.Helper()
	if s.failed {
		return
	}
	// A step reads only the journal entries and violations it caused.
	s.seen += len(s.e.JournalSince(s.seen)) // entries from outside the steps
	vbefore := len(s.e.Violations())
	err := run()
	entries := s.e.JournalSince(s.seen)
	s.seen += len(entries)
	o := newOutcome(entries, s.messages, s.e.Violations()[vbefore:])
	// In strict mode the first violation is also the operation's error; the
	// violation check below reports it, or expects it.
	var ve *runtime.ViolationError
	if err != nil && !errors.As(err, &ve) {
		s.t.Errorf("runtimetest: %s returned an error: %v%s", name, err, o.journalSection())
	}

	explicit := false
	for _, x := range expect {
		if _, ok := x.(*violates); ok {
			explicit = true
		}
	}
	if !explicit && len(o.violations) > 0 {
		s.t.Errorf("runtimetest: %s broke %s:\n%s", name, plural(len(o.violations), "dogma rule"), indent(Format(o.violations)))
	}
	for _, x := range expect {
		if x == nil {
			s.t.Errorf("runtimetest: %s: an expectation is nil", name)
			continue
		}
		if r := x.check(o); !r.ok {
			s.t.Errorf("runtimetest: %s: expected %s%s", name, x.describe(), detail(r.text))
		}
	}
}

// outcome is what one operation caused: its journal entries and violations.
type outcome struct {
	entries    []runtime.Entry // the operation's
	byID       map[string]runtime.Entry
	violations []runtime.Violation
}

// newOutcome returns the outcome of a step's entries, adding their messages
// to byID, which holds those of every step so far.
func newOutcome(entries []runtime.Entry, byID map[string]runtime.Entry, vs []runtime.Violation) *outcome {
	for _, en := range entries {
		if en.MessageID != "" && (en.Action == runtime.Executed || en.Action == runtime.Recorded || en.Action == runtime.Produced) {
			byID[en.MessageID] = en
		}
	}
	return &outcome{entries: entries, byID: byID, violations: vs}
}

// produced returns the messages of one kind that handlers produced in the
// operation and the engine dispatched.
func (o *outcome) produced(k kind) []runtime.Entry {
	var out []runtime.Entry
	for _, en := range o.entries {
		if en.Action == runtime.Produced && !en.Dropped && k.of(en.Message) {
			out = append(out, en)
		}
	}
	return out
}

// chain is the causal chain of a message from the journal: the message the
// operation was given first, the message itself last.
func (o *outcome) chain(en runtime.Entry) string {
	var links []runtime.Entry
	for seen := 0; seen < len(o.byID)+1; seen++ {
		links = append(links, en)
		c, ok := o.byID[en.CauseID]
		if en.CauseID == "" || !ok {
			break
		}
		en = c
	}
	slices.Reverse(links)
	var b strings.Builder
	fmt.Fprintf(&b, "#%s %s came from:", links[len(links)-1].MessageID, links[len(links)-1].MessageType)
	for _, l := range links {
		b.WriteString("\n\t" + l.String())
	}
	return b.String()
}

// journalSection is the operation's journal, for a failure with no message
// to point at.
func (o *outcome) journalSection() string {
	if len(o.entries) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nthe operation's journal:")
	for _, en := range o.entries {
		b.WriteString("\n\t" + en.String())
	}
	return b.String()
}

// kind is a kind of message an expectation looks for.
type kind uint8

const (
	eventKind kind = iota + 1
	commandKind
)

func (k kind) of(m dogma.Message) bool {
	switch k {
	case eventKind:
		_, ok := m.(dogma.Event)
		return ok
	case commandKind:
		_, ok := m.(dogma.Command)
		return ok
	}
	return false
}

// verb and noun phrase the kind: "record", "event"; "execute", "command".
func (k kind) verb() string {
	if k == commandKind {
		return "execute"
	}
	return "record"
}

func (k kind) past() string {
	if k == commandKind {
		return "executed"
	}
	return "recorded"
}

// article is the noun with its indefinite article.
func (k kind) article() string {
	if k == commandKind {
		return "a command"
	}
	return "an event"
}

func (k kind) noun() string {
	if k == commandKind {
		return "command"
	}
	return "event"
}

func typeOf(v any) string {
	if v == nil {
		return "nil"
	}
	return reflect.TypeOf(v).String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// detail puts a result's text after the expectation, on its own lines.
func detail(text string) string {
	if text == "" {
		return ""
	}
	return "\n" + indent(text)
}

// indent indents every line of s by a tab.
func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	return "\t" + strings.ReplaceAll(s, "\n", "\n\t")
}
