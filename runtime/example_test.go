package runtime_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
	bank "github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/testdata/example/integration"
	"github.com/dogmavet/dogmavet/testdata/example/messages"
)

// dayOfBusiness is a scripted day at the example bank: deposits (one card
// declined), transfers with and without approval, one approved in time and
// one left to expire, a transfer to a closed account (refunded) and one from
// an empty account (declined).
func dayOfBusiness(gw *integration.InMemoryGateway) func(*runtime.Engine) error {
	return func(e *runtime.Engine) error {
		steps := []func() error{
			func() error { return e.AdvanceTime(9 * time.Hour) },
			run(e, messages.OpenAccount{AccountID: "alice", CustomerName: "Alice"}),
			run(e, messages.OpenAccount{AccountID: "bob", CustomerName: "Bob"}),
			run(e, messages.OpenAccount{AccountID: "carol", CustomerName: "Carol"}),
			run(e, messages.OpenAccount{AccountID: "dave", CustomerName: "Dave"}),
			run(e, messages.ChargeCard{PaymentID: "p1", AccountID: "alice", CardToken: "card-alice", Amount: 5_000_00}),
			func() error { gw.Decline("card-carol"); return nil },
			run(e, messages.ChargeCard{PaymentID: "p2", AccountID: "carol", CardToken: "card-carol", Amount: 100_00}),
			run(e, messages.CloseAccount{AccountID: "dave"}),
			func() error { return e.AdvanceTime(time.Hour) },
			run(e, messages.StartTransfer{TransferID: "t1", FromAccountID: "alice", ToAccountID: "bob", Amount: 200_00}),
			run(e, messages.StartTransfer{TransferID: "t2", FromAccountID: "alice", ToAccountID: "bob", Amount: 1_500_00}),
			run(e, messages.StartTransfer{TransferID: "t3", FromAccountID: "alice", ToAccountID: "carol", Amount: 2_000_00}),
			func() error { return e.AdvanceTime(2 * time.Hour) },
			run(e, messages.ApproveTransfer{TransferID: "t2"}),
			run(e, messages.StartTransfer{TransferID: "t4", FromAccountID: "bob", ToAccountID: "dave", Amount: 50_00}),
			run(e, messages.StartTransfer{TransferID: "t5", FromAccountID: "carol", ToAccountID: "alice", Amount: 10_00}),
			func() error { return e.AdvanceTime(25 * time.Hour) }, // t3's approval expires
			run(e, messages.ApproveTransfer{TransferID: "t3"}),    // too late
		}
		for _, s := range steps {
			if err := s(); err != nil {
				return err
			}
		}
		return nil
	}
}

func run(e *runtime.Engine, c interface {
	MessageDescription() string
	Validate(dogma.CommandValidationScope) error
}) func() error {
	return func() error { return e.ExecuteCommand(ctx, c) }
}

func TestExampleDayOfBusinessHasNoViolation(t *testing.T) {
	a := bank.New()
	gw := a.Gateway.(*integration.InMemoryGateway)
	e := runtimetest.Run(t, a, dayOfBusiness(gw))

	want := map[string]int64{"alice": 3_300_00, "bob": 1_700_00, "carol": 0}
	for id, bal := range want {
		got, ok := a.Balances.Balance(id)
		if !ok || got.Balance != bal {
			t.Errorf("balance of %s: %+v (found %v), want %d", id, got, ok, bal)
		}
	}
	if _, ok := a.Balances.Balance("dave"); ok {
		t.Error("dave's closed account still has a balance")
	}
	var texts []string
	for _, n := range a.Outbox.Sent() {
		texts = append(texts, n.AccountID+": "+n.Text)
	}
	if len(texts) < 3 {
		t.Errorf("notifications: %q", texts)
	}
	// Every handler kind ran, and the approval timeout fired.
	j := runtime.FormatJournal(e.Journal())
	for _, s := range []string{
		"handled", "by account", "by transfer", "by transfer-workflow", "by deposit-workflow",
		"by payment-gateway", "by notifier", "by balances", "by statements",
		"messages.TransferApprovalExpired",
	} {
		if !strings.Contains(j, s) {
			t.Errorf("the journal has no %q", s)
		}
	}
	if strings.Contains(j, ": failed:") || strings.Contains(j, ": discarded:") || strings.Contains(j, ": not handled:") {
		t.Errorf("a handling failed:\n%s", j)
	}
}

func TestExampleDayIsDeterministic(t *testing.T) {
	run := func() string {
		a := bank.New()
		e := runtimetest.Run(t, a, dayOfBusiness(a.Gateway.(*integration.InMemoryGateway)))
		return runtime.FormatJournal(e.Journal())
	}
	if a, b := run(), run(); a != b {
		t.Fatal("two runs of the same day give different journals")
	}
}
