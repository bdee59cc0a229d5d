package projections

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// StatementRetention is how long statement lines are kept; Compact removes
// older ones.
const StatementRetention = 400 * 24 * time.Hour

// StatementLine is one transaction on an account statement.
type StatementLine struct {
	TransactionID string
	RecordedAt    time.Time

	// Amount is positive for credits and negative for debits.
	Amount int64

	// Balance is the account's balance after this transaction.
	Balance int64
}

// StatementProjection maintains the statement of every open account. The
// zero value is ready to use.
type StatementProjection struct {
	mu         sync.RWMutex
	versions   versions
	statements map[string]*statement
}

// statement is the read model of one account.
type statement struct {
	balance int64
	lines   []StatementLine
}

// statementProjectionName describes the projection instead of naming it: it
// is 266 bytes long, over dogma's limit of 255.
const statementProjectionName = "statements-one-line-per-credit-or-debit-running-balance-after-each-transaction-kept-for-four-hundred-days-then-compacted-delivered-to-one-instance-only-rebuilt-from-the-event-history-on-start-owned-by-the-retail-banking-team-see-the-runbook-before-changing-this-name"

// Configure declares the handler's identity and routes. The routes are
// collected in a slice first; the delivery policy is left at dogma's default.
//
// CONFIGURATION DEFECTS: the name is too long, and one route is listed twice.
func (p *StatementProjection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(statementProjectionName, "13164d51-d786-4487-9cc7-9f12ff775581") // defect: identity-name-length

	routes := []dogma.ProjectionRoute{
		dogma.HandlesEvent[messages.AccountOpened](),
		dogma.HandlesEvent[messages.AccountCredited](),
		dogma.HandlesEvent[messages.AccountDebited](),
		dogma.HandlesEvent[messages.AccountClosed](),
		dogma.HandlesEvent[messages.AccountCredited](), // defect: duplicate-route
	}
	c.Routes(routes...)
}

// HandleEvent updates the statements if c is the current version of
// resource r.
func (p *StatementProjection) HandleEvent(
	_ context.Context,
	r, c, n []byte,
	s dogma.ProjectionEventScope,
	e dogma.Event,
) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	if !p.versions.isCurrent(r, c) {
		return false, nil
	}

	if p.statements == nil {
		p.statements = map[string]*statement{}
	}

	switch e := e.(type) {
	case messages.AccountOpened:
		p.statements[e.AccountID] = &statement{}
	case messages.AccountCredited:
		p.addLine(e.AccountID, e.TransactionID, s.RecordedAt(), e.Amount)
	case messages.AccountDebited:
		p.addLine(e.AccountID, e.TransactionID, s.RecordedAt(), -e.Amount)
	case messages.AccountClosed:
		delete(p.statements, e.AccountID)
	default:
		panic(dogma.UnexpectedMessage)
	}

	p.versions.set(r, n)
	return true, nil
}

// addLine appends a transaction to an account's statement. The caller holds
// p.mu.
func (p *StatementProjection) addLine(accountID, transactionID string, at time.Time, amount int64) {
	st, ok := p.statements[accountID]
	if !ok {
		st = &statement{}
		p.statements[accountID] = st
	}

	st.balance += amount
	st.lines = append(st.lines, StatementLine{
		TransactionID: transactionID,
		RecordedAt:    at,
		Amount:        amount,
		Balance:       st.balance,
	})
}

// ResourceVersion returns the current version of resource r.
func (p *StatementProjection) ResourceVersion(_ context.Context, r []byte) ([]byte, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()

	return p.versions.current(r), nil
}

// CloseResource removes resource r from the OCC store.
func (p *StatementProjection) CloseResource(_ context.Context, r []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()

	p.versions.remove(r)
	return nil
}

// Compact removes statement lines older than StatementRetention. It works one
// account at a time and releases the lock in between, so it makes progress
// even when the context expires part way and never blocks HandleEvent for
// long.
func (p *StatementProjection) Compact(ctx context.Context, s dogma.ProjectionCompactScope) error {
	cutoff := s.Now().Add(-StatementRetention)

	for _, id := range p.accountIDs() {
		if err := ctx.Err(); err != nil {
			return err
		}

		if n := p.compactAccount(id, cutoff); n > 0 {
			s.Log("removed %d statement lines of account %s", n, id)
		}
	}

	return nil
}

// accountIDs returns the IDs of all statements, sorted so that compaction
// visits accounts in a stable order.
func (p *StatementProjection) accountIDs() []string {
	p.mu.RLock()
	defer p.mu.RUnlock()

	ids := make([]string, 0, len(p.statements))
	for id := range p.statements {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// compactAccount removes the account's lines recorded before cutoff and
// returns how many it removed.
func (p *StatementProjection) compactAccount(accountID string, cutoff time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()

	st, ok := p.statements[accountID]
	if !ok {
		return 0
	}

	// Lines are appended in delivery order, which is not necessarily time
	// order, so every line is checked.
	kept := st.lines[:0]
	for _, l := range st.lines {
		if !l.RecordedAt.Before(cutoff) {
			kept = append(kept, l)
		}
	}
	removed := len(st.lines) - len(kept)
	st.lines = kept

	return removed
}

// Statement returns the statement lines of an account, in the order the
// events were delivered.
func (p *StatementProjection) Statement(accountID string) ([]StatementLine, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()

	st, ok := p.statements[accountID]
	if !ok {
		return nil, false
	}
	return append([]StatementLine(nil), st.lines...), true
}
