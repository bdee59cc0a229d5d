package runtimetest_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
)

// A small bank for the expectation tests: an account aggregate, a welcome
// process that executes Notify commands and schedules a reminder, and a
// notifier integration that records Notified.

type OpenAcct struct{ ID, Name string }
type DepositFunds struct {
	ID     string
	Amount int64
	Stray  bool // the aggregate also records an event it does not route
}
type Notify struct{ ID, Text string }

type AcctOpened struct{ ID, Name string }
type FundsDeposited struct {
	ID     string
	Amount int64
}
type Notified struct{ ID, Text string }
type Stray struct{ ID string }

type Remind struct{ ID string }

func (m OpenAcct) MessageDescription() string                      { return "open " + m.ID }
func (m OpenAcct) Validate(dogma.CommandValidationScope) error     { return nil }
func (m DepositFunds) MessageDescription() string                  { return "deposit " + m.ID }
func (m DepositFunds) Validate(dogma.CommandValidationScope) error { return nil }
func (m Notify) MessageDescription() string                        { return "notify " + m.ID }
func (m Notify) Validate(dogma.CommandValidationScope) error       { return nil }
func (m AcctOpened) MessageDescription() string                    { return "opened " + m.ID }
func (m AcctOpened) Validate(dogma.EventValidationScope) error     { return nil }
func (m FundsDeposited) MessageDescription() string                { return "deposited " + m.ID }
func (m FundsDeposited) Validate(dogma.EventValidationScope) error { return nil }
func (m Notified) MessageDescription() string                      { return "notified " + m.ID }
func (m Notified) Validate(dogma.EventValidationScope) error       { return nil }
func (m Stray) MessageDescription() string                         { return "stray " + m.ID }
func (m Stray) Validate(dogma.EventValidationScope) error          { return nil }
func (m Remind) MessageDescription() string                        { return "remind " + m.ID }
func (m Remind) Validate(dogma.TimeoutValidationScope) error       { return nil }

type acctRoot struct{ balance int64 }

func (r *acctRoot) ApplyEvent(e dogma.Event) {
	if d, ok := e.(FundsDeposited); ok {
		r.balance += d.Amount
	}
}

type acct struct{}

func (acct) Configure(c dogma.AggregateConfigurer) {
	c.Identity("acct", "5a0c2a8e-7b0f-4c55-8e61-2d3c4b5a6f70")
	c.Routes(
		dogma.HandlesCommand[OpenAcct](), dogma.HandlesCommand[DepositFunds](),
		dogma.RecordsEvent[AcctOpened](), dogma.RecordsEvent[FundsDeposited](),
	)
}
func (acct) New() dogma.AggregateRoot { return &acctRoot{} }
func (acct) RouteCommandToInstance(c dogma.Command) string {
	switch c := c.(type) {
	case OpenAcct:
		return c.ID
	case DepositFunds:
		return c.ID
	}
	panic(dogma.UnexpectedMessage)
}
func (acct) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	switch c := c.(type) {
	case OpenAcct:
		s.RecordEvent(AcctOpened(c))
	case DepositFunds:
		s.RecordEvent(FundsDeposited{ID: c.ID, Amount: c.Amount})
		if c.Stray {
			s.RecordEvent(Stray{ID: c.ID})
		}
	}
}

type welcome struct{ dogma.StatelessProcessBehavior }

func (welcome) Configure(c dogma.ProcessConfigurer) {
	c.Identity("welcome", "6b1d3b9f-8c10-4d66-9f72-3e4d5c6b7a81")
	c.Routes(
		dogma.HandlesEvent[AcctOpened](), dogma.HandlesEvent[FundsDeposited](),
		dogma.ExecutesCommand[Notify](), dogma.SchedulesTimeout[Remind](),
	)
}
func (welcome) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) {
	case AcctOpened:
		return e.ID, true, nil
	case FundsDeposited:
		return e.ID, true, nil
	}
	return "", false, nil
}
func (welcome) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	switch e := e.(type) {
	case AcctOpened:
		s.ExecuteCommand(Notify{ID: e.ID, Text: "welcome, " + e.Name})
		s.ScheduleTimeout(Remind{ID: e.ID}, s.RecordedAt().Add(24*time.Hour))
	case FundsDeposited:
		s.ExecuteCommand(Notify{ID: e.ID, Text: fmt.Sprintf("you deposited %d", e.Amount)})
	}
	return nil
}
func (welcome) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, t dogma.Timeout) error {
	s.ExecuteCommand(Notify{ID: t.(Remind).ID, Text: "make a deposit"})
	return nil
}

type notifier struct{ fail bool }

func (notifier) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("notifier", "7c2e4ca0-9d21-4e77-a083-4f5e6d7c8b92")
	c.Routes(dogma.HandlesCommand[Notify](), dogma.RecordsEvent[Notified]())
}
func (n notifier) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, c dogma.Command) error {
	if n.fail {
		return errors.New("the mail server is down")
	}
	m := c.(Notify)
	s.RecordEvent(Notified(m))
	return nil
}

type bankApp struct{ notifier notifier }

func (a bankApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bank-app", "8d3f5db1-ae32-4f88-b194-506f7e8d9ca3")
	c.RegisterAggregate(acct{})
	c.RegisterProcess(welcome{})
	c.RegisterIntegration(a.notifier)
}

// recordingT is a testing.TB that records failures and the line each was
// reported at, as testing does: the first caller that is not a helper.
type recordingT struct {
	testing.TB
	helpers map[string]bool
	errors  []string
	lines   []string
	fatal   bool
}

func newRecordingT() *recordingT { return &recordingT{helpers: map[string]bool{}} }

func (r *recordingT) Helper() {
	pc, _, _, _ := runtime.Caller(1)
	r.helpers[runtime.FuncForPC(pc).Name()] = true
}

func (r *recordingT) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !r.helpers[f.Function] {
			r.lines = append(r.lines, fmt.Sprintf("%s:%d", f.File[strings.LastIndex(f.File, "/")+1:], f.Line))
			break
		}
		if !more {
			r.lines = append(r.lines, "?")
			break
		}
	}
}

func (r *recordingT) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
}

// line returns the file and line of its caller, to compare with a failure's.
func line() string {
	_, file, l, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file[strings.LastIndex(file, "/")+1:], l-1)
}
