// Package app assembles the example bank into one dogma.Application.
//
// The bank opens and closes accounts, takes card deposits through a payment
// gateway, pays out withdrawals, and transfers funds between accounts. Large
// transfers need approval within a deadline, after which they fail.
// Balances and statements are kept as in-memory read models.
//
// Use New to build an App whose dependencies and read models the caller can
// reach. The zero App is also valid: Configure then creates private defaults,
// which is enough for tools that only inspect the configuration.
package app

import (
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example/domain"
	"github.com/dogmavet/dogmavet/testdata/example/integration"
	"github.com/dogmavet/dogmavet/testdata/example/projections"
	"github.com/dogmavet/dogmavet/testdata/example/readmodel"
	"github.com/dogmavet/dogmavet/testdata/example/workflow"
)

// The application's identity, as named constants.
const (
	appName = "bank"
	appKey  = "8910354d-8de4-4fa4-9a7a-86586b48dbec"
)

// App is the example bank application. Every field is optional.
type App struct {
	// Gateway is the card payment gateway. Nil means a fresh
	// integration.InMemoryGateway that approves every card.
	Gateway integration.PaymentGateway

	// Outbox receives customer notifications. Nil means a private outbox.
	Outbox *integration.Outbox

	// Balances and Statements are the read models. Nil means private ones
	// that the caller can not query.
	Balances   *projections.BalanceProjection
	Statements *projections.StatementProjection
}

// New returns an App with in-memory dependencies and read models that the
// caller can inspect through its fields.
func New() *App {
	return &App{
		Gateway:    integration.NewInMemoryGateway(),
		Outbox:     &integration.Outbox{},
		Balances:   &projections.BalanceProjection{},
		Statements: &projections.StatementProjection{},
	}
}

// Configure registers the bank's handlers. They show the registration shapes
// a static analysis must follow: a value, pointers to composite literals,
// constructor calls, methods returning concrete pointer types, and a
// projection wrapped in an adaptor of another package.
func (a App) Configure(c dogma.ApplicationConfigurer) {
	c.Identity(appName, appKey)

	c.RegisterAggregate(domain.AccountHandler{})
	c.RegisterAggregate(&domain.TransferHandler{})

	c.RegisterProcess(workflow.TransferProcess{})
	c.RegisterProcess(workflow.NewDepositProcess())

	c.RegisterIntegration(integration.NewPaymentGatewayHandler(a.Gateway))
	c.RegisterIntegration(&integration.NotificationHandler{Outbox: a.outbox()})

	c.RegisterProjection(a.balances())
	c.RegisterProjection(readmodel.Synchronized(a.statements()))
}

// outbox returns a.Outbox, or a new outbox if it is nil.
func (a App) outbox() *integration.Outbox {
	if a.Outbox != nil {
		return a.Outbox
	}
	return &integration.Outbox{}
}

// balances returns a.Balances, or a new projection if it is nil.
func (a App) balances() *projections.BalanceProjection {
	if a.Balances != nil {
		return a.Balances
	}
	return &projections.BalanceProjection{}
}

// statements returns a.Statements, or a new projection if it is nil.
func (a App) statements() *projections.StatementProjection {
	if a.Statements != nil {
		return a.Statements
	}
	return &projections.StatementProjection{}
}
