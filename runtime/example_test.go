package runtime_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dogmavet/dogmavet/runtime"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
	bank "github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/testdata/example/integration"
	"github.com/dogmavet/dogmavet/testdata/example/messages"
)

// dayOfBusiness is a scripted day at the example bank, step by step with
// what each step must cause: deposits (one card declined), transfers with
// and without approval, one approved in time and one left to expire, a
// transfer to a closed account (refunded) and one from an empty account
// (declined). Every step must also break no dogma rule, runtimetest's
// default.
func dayOfBusiness(s *runtimetest.Scenario, gw *integration.InMemoryGateway) {
	s.AdvanceTime(9 * time.Hour)
	for _, c := range []messages.OpenAccount{
		{AccountID: "alice", CustomerName: "Alice"}, {AccountID: "bob", CustomerName: "Bob"},
		{AccountID: "carol", CustomerName: "Carol"}, {AccountID: "dave", CustomerName: "Dave"},
	} {
		s.ExecuteCommand(c, runtimetest.Records(messages.AccountOpened(c)))
	}

	s.ExecuteCommand(messages.ChargeCard{PaymentID: "p1", AccountID: "alice", CardToken: "card-alice", Amount: 5_000_00},
		runtimetest.RecordsMatching(func(m messages.CardPaymentCaptured) error {
			if m.GatewayReference == "" {
				return errors.New("no gateway reference")
			}
			return nil
		}),
		runtimetest.Executes(messages.CreditAccount{AccountID: "alice", TransactionID: "p1", Amount: 5_000_00}),
		runtimetest.Records(messages.AccountCredited{AccountID: "alice", TransactionID: "p1", Amount: 5_000_00}))

	gw.Decline("card-carol")
	s.ExecuteCommand(messages.ChargeCard{PaymentID: "p2", AccountID: "carol", CardToken: "card-carol", Amount: 100_00},
		runtimetest.Records(messages.CardPaymentDeclined{PaymentID: "p2", AccountID: "carol", Amount: 100_00, Reason: "card declined by issuer"}),
		runtimetest.ExecutesOnly(func(m messages.NotifyCustomer) error {
			if m.AccountID != "carol" {
				return errors.New("notifies someone else")
			}
			return nil
		}),
		runtimetest.Not(runtimetest.RecordsType[messages.AccountCredited]()))

	s.ExecuteCommand(messages.CloseAccount{AccountID: "dave"}, runtimetest.Records(messages.AccountClosed{AccountID: "dave"}))
	s.AdvanceTime(time.Hour)

	completed := func(id, from, to string, amount int64) runtimetest.Expectation {
		return runtimetest.AllOf(
			runtimetest.Records(messages.AccountDebited{AccountID: from, TransactionID: id, TransferID: id, Amount: amount}),
			runtimetest.Records(messages.AccountCredited{AccountID: to, TransactionID: id, TransferID: id, Amount: amount}),
			runtimetest.Records(messages.TransferCompleted{TransferID: id}))
	}
	s.ExecuteCommand(messages.StartTransfer{TransferID: "t1", FromAccountID: "alice", ToAccountID: "bob", Amount: 200_00},
		runtimetest.Records(messages.TransferStarted{TransferID: "t1", FromAccountID: "alice", ToAccountID: "bob", Amount: 200_00}),
		completed("t1", "alice", "bob", 200_00))
	// Large transfers wait for approval: nothing moves yet.
	for _, c := range []messages.StartTransfer{
		{TransferID: "t2", FromAccountID: "alice", ToAccountID: "bob", Amount: 1_500_00},
		{TransferID: "t3", FromAccountID: "alice", ToAccountID: "carol", Amount: 2_000_00},
	} {
		s.ExecuteCommand(c,
			runtimetest.RecordsMatching(func(m messages.TransferStarted) error {
				if !m.RequiresApproval {
					return errors.New("does not require approval")
				}
				return nil
			}),
			runtimetest.NoneOf(runtimetest.ExecutesType[messages.DebitAccount](), runtimetest.ExecutesType[messages.CreditAccount]()))
	}
	s.AdvanceTime(2*time.Hour, runtimetest.Not(runtimetest.RecordsType[messages.TransferFailed]()))
	s.ExecuteCommand(messages.ApproveTransfer{TransferID: "t2"},
		runtimetest.Records(messages.TransferApproved{TransferID: "t2"}), completed("t2", "alice", "bob", 1_500_00))

	// To a closed account: declined, and refunded.
	s.ExecuteCommand(messages.StartTransfer{TransferID: "t4", FromAccountID: "bob", ToAccountID: "dave", Amount: 50_00},
		runtimetest.Records(messages.AccountCreditDeclined{AccountID: "dave", TransactionID: "t4", TransferID: "t4", Amount: 50_00, Reason: "account is not open"}),
		runtimetest.Records(messages.AccountCredited{AccountID: "bob", TransactionID: "t4/refund", Amount: 50_00}),
		runtimetest.RecordsType[messages.TransferFailed]())
	// From an empty account: declined.
	s.ExecuteCommand(messages.StartTransfer{TransferID: "t5", FromAccountID: "carol", ToAccountID: "alice", Amount: 10_00},
		runtimetest.Records(messages.AccountDebitDeclined{AccountID: "carol", TransactionID: "t5", TransferID: "t5", Amount: 10_00, Reason: "insufficient funds"}),
		runtimetest.Executes(messages.NotifyCustomer{AccountID: "carol", Text: "your transfer was declined: insufficient funds"}),
		runtimetest.Not(runtimetest.RecordsType[messages.AccountDebited]()))

	// t3's approval expires; approving it afterwards changes nothing.
	s.AdvanceTime(25*time.Hour,
		runtimetest.Records(messages.TransferFailed{TransferID: "t3", Reason: "the transfer was not approved in time"}),
		runtimetest.ExecutesMatching(func(m messages.NotifyCustomer) error {
			if m.AccountID != "alice" {
				return errors.New("notifies someone else")
			}
			return nil
		}))
	s.ExecuteCommand(messages.ApproveTransfer{TransferID: "t3"},
		runtimetest.NoneOf(runtimetest.RecordsType[messages.TransferApproved](), runtimetest.RecordsType[messages.AccountDebited]()))
}

func TestExampleDayOfBusinessHasNoViolation(t *testing.T) {
	a := bank.New()
	gw := a.Gateway.(*integration.InMemoryGateway)
	s := runtimetest.Begin(t, a)
	dayOfBusiness(s, gw)
	e := s.Engine()

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
		s := runtimetest.Begin(t, a)
		dayOfBusiness(s, a.Gateway.(*integration.InMemoryGateway))
		return runtime.FormatJournal(s.Engine().Journal())
	}
	if a, b := run(), run(); a != b {
		t.Fatal("two runs of the same day give different journals")
	}
}
