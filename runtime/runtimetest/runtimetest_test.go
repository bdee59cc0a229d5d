package runtimetest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
)

// fakeT records failures instead of failing the real test.
type fakeT struct {
	testing.TB
	errors []string
	fatal  bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	f.fatal = true
}

type Open struct{ ID string }

func (m Open) MessageDescription() string                  { return "open " + m.ID }
func (m Open) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{ ID string }

func (m Opened) MessageDescription() string                { return "opened " + m.ID }
func (m Opened) Validate(dogma.EventValidationScope) error { return nil }

type root struct{ open bool }

func (r *root) ApplyEvent(dogma.Event) { r.open = true }

type account struct{ emptyID bool }

func (a account) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "0b5e0c4e-5d64-4a3c-9d0e-3a1f5b2f6c11")
	c.Routes(dogma.HandlesCommand[Open](), dogma.RecordsEvent[Opened]())
}
func (a account) New() dogma.AggregateRoot { return &root{} }
func (a account) RouteCommandToInstance(c dogma.Command) string {
	if a.emptyID {
		return ""
	}
	return c.(Open).ID
}
func (a account) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, c dogma.Command) {
	s.RecordEvent(Opened(c.(Open)))
}

type bank struct{ account account }

func (b bank) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bank", "2c3e4f50-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
	c.RegisterAggregate(b.account)
}

func open(e *runtime.Engine) error { return e.ExecuteCommand(context.Background(), Open{ID: "a"}) }

func TestRunPassesACleanScenario(t *testing.T) {
	f := &fakeT{}
	e := runtimetest.Run(f, bank{}, open)
	if e == nil || len(f.errors) != 0 || len(e.Journal()) != 3 {
		t.Fatalf("errors: %q", f.errors)
	}
}

func TestRunFailsWithEveryViolationReadably(t *testing.T) {
	f := &fakeT{}
	runtimetest.Run(f, bank{account{emptyID: true}}, func(e *runtime.Engine) error {
		if err := open(e); err != nil {
			return err
		}
		return open(e)
	})
	if len(f.errors) != 1 {
		t.Fatalf("errors: %q", f.errors)
	}
	want := `runtimetest: 2 dogma rule violations:
1. MUST [empty-instance-id] aggregate "account", RouteCommandToInstance, message runtimetest_test.Open #1
   RouteCommandToInstance returned an empty instance ID for runtimetest_test.Open; return a non-empty ID, such as a UUID
   dogma: "The return value MUST not be empty."
   see https://github.com/dogmavet/dogmavet/blob/main/docs/rules.md#empty-instance-id
2. MUST [empty-instance-id] aggregate "account", RouteCommandToInstance, message runtimetest_test.Open #2
`
	if !strings.HasPrefix(f.errors[0], want) {
		t.Fatalf("got:\n%s\nwant prefix:\n%s", f.errors[0], want)
	}
}

func TestRunFailsOnScenarioErrorAndInvalidApp(t *testing.T) {
	f := &fakeT{}
	runtimetest.Run(f, bank{}, func(*runtime.Engine) error { return errors.New("broken") })
	if len(f.errors) != 1 || f.errors[0] != "runtimetest: the scenario failed: broken" {
		t.Fatalf("errors: %q", f.errors)
	}

	f = &fakeT{}
	if e := runtimetest.Run(f, nil, open); e != nil || !f.fatal {
		t.Fatalf("engine %v, errors %q", e, f.errors)
	}
}

func TestExpectRules(t *testing.T) {
	e, err := runtime.New(bank{account{emptyID: true}})
	if err != nil {
		t.Fatal(err)
	}
	_ = open(e)
	f := &fakeT{}
	runtimetest.ExpectRules(f, e, runtime.EmptyInstanceID)
	if len(f.errors) != 0 {
		t.Fatalf("errors: %q", f.errors)
	}
	runtimetest.ExpectRules(f, e)
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], "got violations of [empty-instance-id], want []") {
		t.Fatalf("errors: %q", f.errors)
	}
}
