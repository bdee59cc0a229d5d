package projections

import (
	"context"
	"sort"
	"sync"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// AccountBalance is one row of the balance read model.
type AccountBalance struct {
	AccountID    string
	CustomerName string
	Balance      int64
}

// BalanceProjection maintains the current balance of every open account. The
// zero value is ready to use; the application registers it by pointer
// because it has state.
type BalanceProjection struct {
	// The read model does not grow without bound (closed accounts are
	// removed at once), so there is nothing to compact.
	dogma.NoCompactBehavior

	mu       sync.RWMutex
	versions versions
	accounts map[string]AccountBalance
}

// Configure declares the handler's identity, routes and delivery policy.
//
// CONFIGURATION DEFECTS: the key is written in upper case, and the delivery
// policy is nil (perhaps meant as "the default"; leave the call out instead).
func (p *BalanceProjection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("balances", "3E724869-CD4C-44FA-AB5A-FA101A93AA09") // defect: identity-key-canonical

	c.Routes(
		dogma.HandlesEvent[messages.AccountOpened](),
		dogma.HandlesEvent[messages.AccountClosed](),
		dogma.HandlesEvent[messages.AccountCredited](),
		dogma.HandlesEvent[messages.AccountDebited](),
	)

	c.DeliveryPolicy(nil) // defect: nil-delivery-policy
}

// HandleEvent updates the balances if c is the current version of resource r.
func (p *BalanceProjection) HandleEvent(
	_ context.Context,
	r, c, n []byte,
	_ dogma.ProjectionEventScope,
	e dogma.Event,
) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	if !p.versions.isCurrent(r, c) {
		return false, nil
	}

	if p.accounts == nil {
		p.accounts = map[string]AccountBalance{}
	}

	switch e := e.(type) {
	case messages.AccountOpened:
		p.accounts[e.AccountID] = AccountBalance{
			AccountID:    e.AccountID,
			CustomerName: e.CustomerName,
		}
	case messages.AccountClosed:
		delete(p.accounts, e.AccountID)
	case messages.AccountCredited:
		p.adjust(e.AccountID, e.Amount)
	case messages.AccountDebited:
		p.adjust(e.AccountID, -e.Amount)
	default:
		panic(dogma.UnexpectedMessage)
	}

	p.versions.set(r, n)
	return true, nil
}

// adjust adds delta to an account's balance. The caller holds p.mu.
func (p *BalanceProjection) adjust(accountID string, delta int64) {
	a := p.accounts[accountID]
	a.AccountID = accountID
	a.Balance += delta
	p.accounts[accountID] = a
}

// ResourceVersion returns the current version of resource r.
func (p *BalanceProjection) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()

	return p.versions.current(r), nil
}

// CloseResource removes resource r from the OCC store.
func (p *BalanceProjection) CloseResource(_ context.Context, r []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()

	p.versions.remove(r)
	return nil
}

// Balance returns the balance of an open account.
func (p *BalanceProjection) Balance(accountID string) (AccountBalance, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()

	a, ok := p.accounts[accountID]
	return a, ok
}

// Accounts returns every open account, ordered by account ID.
func (p *BalanceProjection) Accounts() []AccountBalance {
	p.mu.RLock()
	defer p.mu.RUnlock()

	accounts := make([]AccountBalance, 0, len(p.accounts))
	for _, a := range p.accounts {
		accounts = append(accounts, a)
	}
	sort.Slice(accounts, func(i, j int) bool {
		return accounts[i].AccountID < accounts[j].AccountID
	})
	return accounts
}
