// Package domain holds the aggregates of the example bank: accounts, which
// own balances, and transfers, which track a movement of funds between two
// accounts from start to completion or failure.
//
// Aggregates decide; they never call out to other systems. Every state change
// is an event recorded through the scope and applied by the root's
// ApplyEvent, which is the only code that modifies a root.
package domain
