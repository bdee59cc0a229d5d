// Package switchcover defines an Analyzer that compares the type switches
// of handler methods with the handler's routes.
//
// # Analyzer switchcover
//
// switchcover: check that type switches over messages cover the routed types and only those
//
// It checks type switches over the message parameter of HandleCommand,
// HandleEvent, HandleTimeout, RouteCommandToInstance and
// RouteEventToInstance of Dogma handlers, and of the ApplyEvent method of
// aggregate roots (the types an aggregate's New returns, declared in the
// same package).
//
//   - switch-missing-case: a routed type has no case, and the switch has no
//     default or its default panics with dogma.UnexpectedMessage. For
//     ApplyEvent the routed types are the events the aggregate records. A
//     fix inserts the missing case clauses: empty ones when the switch has
//     no default (the message was ignored, and still is until the author
//     fills the clause in), and ones that panic with a TODO message before
//     a panicking default (the message panicked before, and the function
//     still compiles when the switch ends it).
//   - switch-dead-case: a case names a concrete type the handler does not
//     route, so it never runs; a case for *T when T is routed (or the
//     reverse) is called out, and a fix changes it to the routed type
//     unless the switch already has a case for that type. ApplyEvent is exempt: dogma says it SHOULD
//     accept historical events that are no longer routed.
//
// The check is conservative. Missing cases are reported only when the
// handler's routes are known completely, and when the message parameter is
// used nowhere but in the switch (so a message handled by an earlier type
// assertion, or passed to other code after the switch, is not reported).
// A switch over another variable, if/else chains of type assertions and
// case types involving type parameters produce no finding.
package switchcover
