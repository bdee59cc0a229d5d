// Package handlerreturns defines an Analyzer that checks the values handler
// methods return against dogma's MUST rules.
//
// # Analyzer handlerreturns
//
// handlerreturns: check that New and the routing methods of Dogma handlers return valid values
//
// It reports, in the methods of types that implement a Dogma handler
// interface:
//
//   - new-returns-nil: an aggregate's or process's New() that returns nil,
//     either the nil literal or a nil pointer of the root type; dogma says
//     the return value MUST NOT be nil. When the root type is a struct, a
//     fix replaces a conversion such as (*T)(nil) with &T{}.
//   - empty-instance-id: RouteCommandToInstance returning "", or
//     RouteEventToInstance returning "" together with ok true; dogma says the
//     ID MUST NOT be empty.
//
// Only return statements whose values are constants, nil, or a local pointer
// variable that is never assigned are judged; returns built by other code
// are left alone.
package handlerreturns
