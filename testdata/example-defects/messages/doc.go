// Package messages defines the commands, events and timeouts of the example
// bank application.
//
// Every message is a plain struct with value receivers, so both T and *T
// satisfy the dogma interfaces but only T is used in routes. Amounts are
// integers in the smallest currency unit (cents) to avoid rounding. Validate
// checks only what a message can know about itself; business rules that
// depend on state (such as "the account has enough funds") belong to the
// aggregates in package domain.
package messages
