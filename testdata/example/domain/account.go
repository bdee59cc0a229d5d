package domain

import (
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example/messages"
)

// AccountHandler is the aggregate message handler for bank accounts. Each
// account is one instance, identified by its account ID.
//
// It has no state of its own, so the application registers it by value.
type AccountHandler struct{}

// Configure declares the handler's identity and routes. The identity is
// written as literals, as dogma recommends.
func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "08ef0476-bb23-4b28-abce-e17eff99fc6f")

	c.Routes(
		dogma.HandlesCommand[messages.OpenAccount](),
		dogma.HandlesCommand[messages.CloseAccount](),
		dogma.HandlesCommand[messages.CreditAccount](),
		dogma.HandlesCommand[messages.DebitAccount](),
		dogma.RecordsEvent[messages.AccountOpened](),
		dogma.RecordsEvent[messages.AccountClosed](),
		dogma.RecordsEvent[messages.AccountCredited](),
		dogma.RecordsEvent[messages.AccountDebited](),
		dogma.RecordsEvent[messages.AccountDebitDeclined](),
		dogma.RecordsEvent[messages.AccountCreditDeclined](),
	)
}

// New returns the initial state of an account: not yet open.
func (AccountHandler) New() dogma.AggregateRoot {
	return &account{}
}

// RouteCommandToInstance returns the account ID the command targets.
func (AccountHandler) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case messages.OpenAccount:
		return m.AccountID
	case messages.CloseAccount:
		return m.AccountID
	case messages.CreditAccount:
		return m.AccountID
	case messages.DebitAccount:
		return m.AccountID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// HandleCommand applies the bank's account rules to a command.
func (AccountHandler) HandleCommand(
	r dogma.AggregateRoot,
	s dogma.AggregateCommandScope,
	m dogma.Command,
) {
	a := r.(*account)

	switch m := m.(type) {
	case messages.OpenAccount:
		a.open(s, m)
	case messages.CloseAccount:
		a.close(s, m)
	case messages.CreditAccount:
		a.credit(s, m)
	case messages.DebitAccount:
		a.debit(s, m)
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// account is the root of an account instance.
type account struct {
	isOpen       bool
	customerName string
	balance      int64
}

func (a *account) open(s dogma.AggregateCommandScope, m messages.OpenAccount) {
	if a.isOpen {
		// Opening is idempotent so a retried command is harmless.
		s.Log("account is already open for %s", a.customerName)
		return
	}

	s.RecordEvent(messages.AccountOpened{
		AccountID:    m.AccountID,
		CustomerName: m.CustomerName,
	})
}

func (a *account) close(s dogma.AggregateCommandScope, m messages.CloseAccount) {
	if !a.isOpen {
		s.Log("account is not open, nothing to close")
		return
	}

	if a.balance != 0 {
		// The customer must withdraw or transfer the remaining funds first.
		s.Log("account can not be closed with a balance of %d", a.balance)
		return
	}

	s.RecordEvent(messages.AccountClosed{
		AccountID: m.AccountID,
	})

	// A closed account keeps no state; the ID may be opened again later.
	s.Destroy()
}

func (a *account) credit(s dogma.AggregateCommandScope, m messages.CreditAccount) {
	if !a.isOpen {
		s.RecordEvent(messages.AccountCreditDeclined{
			AccountID:     m.AccountID,
			TransactionID: m.TransactionID,
			TransferID:    m.TransferID,
			Amount:        m.Amount,
			Reason:        "account is not open",
		})
		return
	}

	s.RecordEvent(messages.AccountCredited{
		AccountID:     m.AccountID,
		TransactionID: m.TransactionID,
		TransferID:    m.TransferID,
		Amount:        m.Amount,
	})
}

func (a *account) debit(s dogma.AggregateCommandScope, m messages.DebitAccount) {
	reason := ""
	switch {
	case !a.isOpen:
		reason = "account is not open"
	case a.balance < m.Amount:
		reason = "insufficient funds"
	}

	if reason != "" {
		s.RecordEvent(messages.AccountDebitDeclined{
			AccountID:     m.AccountID,
			TransactionID: m.TransactionID,
			TransferID:    m.TransferID,
			Amount:        m.Amount,
			Reason:        reason,
		})
		return
	}

	s.RecordEvent(messages.AccountDebited{
		AccountID:     m.AccountID,
		TransactionID: m.TransactionID,
		TransferID:    m.TransferID,
		Amount:        m.Amount,
	})
}

// ApplyEvent updates the account's state. Declined debits and credits
// change nothing, so the switch leaves them out.
func (a *account) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case messages.AccountOpened:
		a.isOpen = true
		a.customerName = e.CustomerName
	case messages.AccountClosed:
		a.isOpen = false
	case messages.AccountCredited:
		a.balance += e.Amount
	case messages.AccountDebited:
		a.balance -= e.Amount
	}
}
