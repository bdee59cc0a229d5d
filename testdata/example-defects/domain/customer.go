package domain

import (
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// CustomerHandler is the aggregate for customers. Recording a
// CustomerRegistered event was planned; for now the handler only logs.
//
// CONFIGURATION DEFECTS: no RecordsEvent route (an aggregate must record at
// least one event type), and the key is the application's key.
type CustomerHandler struct{}

// Configure declares the handler's identity and routes.
func (CustomerHandler) Configure(c dogma.AggregateConfigurer) { // defect: missing-records-event
	c.Identity("customer", "8910354d-8de4-4fa4-9a7a-86586b48dbec")

	c.Routes(
		dogma.HandlesCommand[messages.RegisterCustomer](),
	)
}

// New returns the initial state of a customer.
func (CustomerHandler) New() dogma.AggregateRoot {
	return &customer{}
}

// RouteCommandToInstance returns the customer ID the command targets.
func (CustomerHandler) RouteCommandToInstance(m dogma.Command) string {
	switch m := m.(type) {
	case messages.RegisterCustomer:
		return m.CustomerID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// HandleCommand logs the registration.
func (CustomerHandler) HandleCommand(
	_ dogma.AggregateRoot,
	s dogma.AggregateCommandScope,
	m dogma.Command,
) {
	switch m := m.(type) {
	case messages.RegisterCustomer:
		s.Log("customer %s registered as %q", m.CustomerID, m.Name)
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// customer is the root of a customer instance. It has no state yet.
type customer struct{}

// ApplyEvent panics: the aggregate records no events.
func (*customer) ApplyEvent(dogma.Event) {
	panic(dogma.UnexpectedMessage)
}
