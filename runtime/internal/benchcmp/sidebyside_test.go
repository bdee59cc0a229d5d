package benchcmp

// The scenario docs/runtime.md shows written both ways: opening an account,
// a card deposit, and a large transfer whose approval never comes. Both
// versions run here, against the same example application, so the
// documentation shows code that passes.

import (
	"errors"
	"testing"
	"time"

	"github.com/dogmatiq/testkit"
	"github.com/dogmatiq/testkit/engine"
	"github.com/dogmavet/dogmavet/runtime/runtimetest"
	"github.com/dogmavet/dogmavet/testdata/example/app"
	"github.com/dogmavet/dogmavet/testdata/example/messages"
)

// side-by-side:testkit:begin
func TestDepositAndExpiredTransferWithTestkit(t *testing.T) {
	test := testkit.Begin(t, app.New(),
		testkit.WithUnsafeOperationOptions(engine.EnableIntegrations(true)))

	test.Expect(
		testkit.ExecuteCommand(messages.OpenAccount{AccountID: "a1", CustomerName: "Ann"}),
		testkit.ToRecordEvent(messages.AccountOpened{AccountID: "a1", CustomerName: "Ann"}),
	)
	test.Expect(
		testkit.ExecuteCommand(messages.ChargeCard{PaymentID: "p1", AccountID: "a1", CardToken: "card", Amount: 2_000_00}),
		testkit.AllOf(
			testkit.ToRecordEventType[messages.CardPaymentCaptured](),
			testkit.ToExecuteCommand(messages.CreditAccount{AccountID: "a1", TransactionID: "p1", Amount: 2_000_00}),
			testkit.ToRecordEvent(messages.AccountCredited{AccountID: "a1", TransactionID: "p1", Amount: 2_000_00}),
		),
	)
	test.Expect(
		testkit.ExecuteCommand(messages.StartTransfer{TransferID: "t1", FromAccountID: "a1", ToAccountID: "a2", Amount: 1_500_00}),
		testkit.AllOf(
			testkit.ToRecordEventMatching(func(m messages.TransferStarted) error {
				if !m.RequiresApproval {
					return testkit.IgnoreMessage
				}
				return nil
			}),
			testkit.NoneOf(testkit.ToExecuteCommandType[messages.DebitAccount]()),
		),
	)
	test.Expect(
		testkit.AdvanceTime(testkit.ByDuration(25*time.Hour)),
		testkit.ToRecordEvent(messages.TransferFailed{TransferID: "t1", Reason: "the transfer was not approved in time"}),
	)
}

// side-by-side:testkit:end

// side-by-side:runtimetest:begin
func TestDepositAndExpiredTransferWithRuntimetest(t *testing.T) {
	s := runtimetest.Begin(t, app.New())

	s.ExecuteCommand(messages.OpenAccount{AccountID: "a1", CustomerName: "Ann"},
		runtimetest.Records(messages.AccountOpened{AccountID: "a1", CustomerName: "Ann"}))
	s.ExecuteCommand(messages.ChargeCard{PaymentID: "p1", AccountID: "a1", CardToken: "card", Amount: 2_000_00},
		runtimetest.RecordsType[messages.CardPaymentCaptured](),
		runtimetest.Executes(messages.CreditAccount{AccountID: "a1", TransactionID: "p1", Amount: 2_000_00}),
		runtimetest.Records(messages.AccountCredited{AccountID: "a1", TransactionID: "p1", Amount: 2_000_00}))
	s.ExecuteCommand(messages.StartTransfer{TransferID: "t1", FromAccountID: "a1", ToAccountID: "a2", Amount: 1_500_00},
		runtimetest.RecordsMatching(func(m messages.TransferStarted) error {
			if !m.RequiresApproval {
				return errors.New("does not require approval")
			}
			return nil
		}),
		runtimetest.Not(runtimetest.ExecutesType[messages.DebitAccount]()))
	s.AdvanceTime(25*time.Hour,
		runtimetest.Records(messages.TransferFailed{TransferID: "t1", Reason: "the transfer was not approved in time"}))
}

// side-by-side:runtimetest:end
