package runtime_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
	defects "github.com/dogmavet/dogmavet/testdata/example-defects/app"
	dmessages "github.com/dogmavet/dogmavet/testdata/example-defects/messages"
	"github.com/dogmavet/dogmavet/validate"
)

// The defective example's configuration problems stop New with an error that
// lists all 23 error-severity problems of EXPECTED.md, without a panic
// (configkit alone panics at the first).
func TestExampleDefectsConfigurationIsRejected(t *testing.T) {
	e, err := runtime.New(defects.App{})
	if e != nil || err == nil {
		t.Fatalf("New returned %v, %v", e, err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "application is invalid (23 problems):\n") {
		t.Fatalf("error: %s", msg)
	}
	for _, id := range []validate.RuleID{
		"identity-missing", "route-interface-type", "nil-delivery-policy", "identity-name-length",
		"duplicate-route", "missing-handles-event", "identity-name-utf8", "identity-name",
		"route-receiver", "nil-route-type", "route-message-kind", "invalid-route",
		"missing-handles-command", "identity-multiple", "identity-key", "missing-records-event",
		"missing-executes-command", "duplicate-key", "duplicate-event-recorder",
		"duplicate-command-handler", "duplicate-name", "nil-handler",
	} {
		if !strings.Contains(msg, "["+string(id)+"]") {
			t.Errorf("the error does not list %s", id)
		}
	}
	// Warnings do not stop the engine and are not listed.
	if strings.Contains(msg, "[identity-key-canonical]") {
		t.Error("a warning is listed as an error")
	}
}

// BodyDefectsApp is configured correctly; its handler bodies carry the five
// scope defects of EXPECTED.md. Four are violations, the fifth (End()
// cancelled by ExecuteCommand) is a notice.
func TestExampleDefectsBodiesGiveExactlyTheExpectedViolations(t *testing.T) {
	s := runtimetest.Begin(t, defects.BodyDefectsApp{})
	s.ExecuteCommand(dmessages.OpenAccount{AccountID: "alice", CustomerName: "Alice"}, runtimetest.RecordsType[dmessages.AccountOpened]())
	s.ExecuteCommand(dmessages.OpenAccount{AccountID: "bob", CustomerName: "Bob"}, runtimetest.RecordsType[dmessages.AccountOpened]())
	// The deposit process ends, then executes: the End() is cancelled,
	// which dogma allows (a notice, below), so no rule is broken.
	s.ExecuteCommand(dmessages.ChargeCard{PaymentID: "p1", AccountID: "alice", CardToken: "card", Amount: 500_00},
		runtimetest.ExecutesType[dmessages.CreditAccount]())
	// Closing an account with funds records an unrouted event, which is
	// dropped.
	s.ExecuteCommand(dmessages.CloseAccount{AccountID: "alice"},
		runtimetest.Violates(runtime.ScopeUnroutedMessage), runtimetest.Not(runtimetest.RecordsType[dmessages.AccountCloseDeclined]()))
	// The transfer process's New returns nil.
	s.ExecuteCommand(dmessages.StartTransfer{TransferID: "t1", FromAccountID: "alice", ToAccountID: "bob", Amount: 10_00},
		runtimetest.Violates(runtime.NewReturnsNil), runtimetest.RecordsType[dmessages.TransferStarted](),
		runtimetest.Not(runtimetest.ExecutesType[dmessages.DebitAccount]()))
	// CompleteTransfer is routed to an empty ID.
	s.ExecuteCommand(dmessages.CompleteTransfer{TransferID: "t1"}, runtimetest.Violates(runtime.EmptyInstanceID))
	// FailTransfer has no case in HandleCommand.
	s.ExecuteCommand(dmessages.FailTransfer{TransferID: "t1", Reason: "test"}, runtimetest.Violates(runtime.UnexpectedMessagePanic))

	e := s.Engine()
	wantViolations(t, e,
		"scope-unrouted-message|MUST|account|AggregateCommandScope.RecordEvent|alice|messages.AccountCloseDeclined",
		"new-returns-nil|MUST|transfer-workflow|New|t1|messages.TransferStarted",
		"empty-instance-id|MUST|transfer|RouteCommandToInstance||messages.CompleteTransfer",
		"unexpected-message-panic|MUST|transfer|HandleCommand|t1|messages.FailTransfer",
	)
	notices := filter(entries(e, runtime.Notice), "End() cancelled")
	wantLines(t, "end-cancelled notices", notices,
		"#6 messages.CardPaymentCaptured <#5 deposit-workflow/p1: End() cancelled by a later ExecuteCommand; the instance goes on and its pending timeouts stay")

	// Strict mode stops at the first.
	strict := mustNew(t, defects.BodyDefectsApp{}, runtime.Strict(true))
	_ = strict.ExecuteCommand(ctx, dmessages.OpenAccount{AccountID: "alice", CustomerName: "Alice"})
	_ = strict.ExecuteCommand(ctx, dmessages.ChargeCard{PaymentID: "p1", AccountID: "alice", CardToken: "card", Amount: 500_00})
	err := strict.ExecuteCommand(ctx, dmessages.CloseAccount{AccountID: "alice"})
	var ve *runtime.ViolationError
	if !errors.As(err, &ve) || ve.Violation.Rule != runtime.ScopeUnroutedMessage {
		t.Fatalf("strict: %v", err)
	}
}

// The helper fails a test on the defective bodies.
func TestExampleDefectsFailTheHelper(t *testing.T) {
	f := &recordingT{TB: t}
	runtimetest.Run(f, defects.BodyDefectsApp{}, func(e *runtime.Engine) error {
		return e.ExecuteCommand(ctx, dmessages.CompleteTransfer{TransferID: "t1"})
	})
	if len(f.errs) != 1 || !strings.Contains(f.errs[0], "1 dogma rule violations") || !strings.Contains(f.errs[0], "[empty-instance-id]") {
		t.Fatalf("helper output: %q", f.errs)
	}
}

type recordingT struct {
	testing.TB
	errs []string
}

func (r *recordingT) Helper() {}
func (r *recordingT) Errorf(format string, args ...any) {
	r.errs = append(r.errs, strings.TrimSpace(sprintf(format, args...)))
}
