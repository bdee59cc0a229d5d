// Package app assembles the defective copy of the example bank (see
// ../../example/app for the clean original).
//
// App is the bank with injected configuration defects: each defect's line
// ends in a trailing comment that names the rule it breaks, and
// ../EXPECTED.md lists them.
// BodyDefectsApp registers only the handlers whose configuration is valid
// but whose bodies break dogma's scope rules, so that a run-time engine can
// accept it and observe those defects while handlers run.
//
// As in the original, New builds an App whose dependencies and read models
// the caller can reach, and the zero App needs no setup.
package app

import (
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/domain"
	"github.com/dogmavet/dogmavet/testdata/example-defects/integration"
	"github.com/dogmavet/dogmavet/testdata/example-defects/projections"
	"github.com/dogmavet/dogmavet/testdata/example-defects/readmodel"
	"github.com/dogmavet/dogmavet/testdata/example-defects/workflow"
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
// a static analysis must follow: a value, pointers to composite literals, a
// constructor call and methods returning concrete pointer types.
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

	// Handlers added to the defective copy. Each carries configuration
	// defects of its own (see its type's documentation); the comments here
	// mark the defects that only show up when handlers meet in one
	// application.
	c.RegisterProjection(&projections.AuditLog{})
	c.RegisterIntegration(integration.NewLedgerExportHandler())
	c.RegisterIntegration(integration.LegacyCoreHandler{}) // defect: duplicate-key
	c.RegisterIntegration(integration.CoreBankingMirror{}) // defect: duplicate-event-recorder
	c.RegisterIntegration(integration.KYCHandler{})        // defect: duplicate-command-handler
	c.RegisterAggregate(domain.CustomerHandler{})          // defect: duplicate-key
	c.RegisterProcess(workflow.FraudWatch{})               // defect: duplicate-name
	c.RegisterProjection(&projections.DailyTotals{})
	c.RegisterIntegration(nil) // defect: nil-handler
}

// outbox returns a.Outbox, or a new outbox if it is nil.
func (a App) outbox() *integration.Outbox {
	return outboxOrNew(a.Outbox)
}

// outboxOrNew returns o, or a new outbox if it is nil.
func outboxOrNew(o *integration.Outbox) *integration.Outbox {
	if o != nil {
		return o
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

// BodyDefectsApp is a bank without read models whose configuration is valid.
// Its handlers carry the scope defects of this copy (an unrouted
// RecordEvent, a switch without a routed case, an empty instance ID, New
// returning nil, and End followed by ExecuteCommand), which show only when
// their code is analysed or run. Every field is optional, as for App.
type BodyDefectsApp struct {
	Gateway integration.PaymentGateway
	Outbox  *integration.Outbox
}

// Configure registers the handlers whose configuration is valid.
func (a BodyDefectsApp) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("bank-body-defects", "fa7cb7ef-c869-48ca-b573-07e1a0ebe1c9")

	c.RegisterAggregate(domain.AccountHandler{})
	c.RegisterAggregate(&domain.TransferHandler{})

	c.RegisterProcess(workflow.TransferProcess{})
	c.RegisterProcess(workflow.NewDepositProcess())

	c.RegisterIntegration(integration.NewPaymentGatewayHandler(a.Gateway))
	c.RegisterIntegration(&integration.NotificationHandler{Outbox: outboxOrNew(a.Outbox)})
}
