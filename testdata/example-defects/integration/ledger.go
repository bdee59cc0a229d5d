package integration

import (
	"context"
	"reflect"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// LedgerExportHandler exports each day's ledger to the regulator. Use
// NewLedgerExportHandler to construct it.
//
// CONFIGURATION DEFECTS: the name contains a space, and four of the five
// routes are malformed (see the comments in Configure).
type LedgerExportHandler struct {
	exported []string
}

// NewLedgerExportHandler returns a new ledger export handler.
func NewLedgerExportHandler() *LedgerExportHandler {
	return &LedgerExportHandler{}
}

// Configure declares the handler's identity and routes.
func (h *LedgerExportHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("ledger export", "381fae08-0407-4643-bb54-3527ec88bd9b") // defect: identity-name

	c.Routes(
		// ExportLedger uses value receivers, so the route must name
		// messages.ExportLedger, not a pointer to it.
		dogma.HandlesCommand[*messages.ExportLedger](), // defect: route-receiver

		dogma.RecordsEvent[messages.LedgerExported](),

		// A route struct literal without a Type.
		dogma.RecordsEventRoute{}, // defect: nil-route-type

		// A command in a RecordsEvent route; the route functions would
		// not compile with it, but the struct field accepts any type.
		dogma.RecordsEventRoute{Type: reflect.TypeOf(messages.ExportLedger{})}, // defect: route-message-kind

		// A nil route.
		nil, // defect: invalid-route
	)
}

// HandleCommand exports the ledger. It switches on the pointer type that
// Configure routes, so the body agrees with the (defective) route.
func (h *LedgerExportHandler) HandleCommand(
	_ context.Context,
	s dogma.IntegrationCommandScope,
	m dogma.Command,
) error {
	switch m := m.(type) {
	case *messages.ExportLedger:
		h.exported = append(h.exported, m.Date)
		s.RecordEvent(messages.LedgerExported{Date: m.Date})
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
