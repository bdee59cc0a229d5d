// Package integration holds the integration message handlers of the example
// bank, the only handlers that talk to the outside world: the card payment
// gateway and the customer notification outbox.
//
// Both dependencies have in-memory implementations so the application runs
// without any configuration, and deterministically, in tests.
package integration
