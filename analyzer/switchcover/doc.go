// Package switchcover defines an Analyzer that compares the type tests of
// handler methods with the handler's routes.
//
// # Analyzer switchcover
//
// switchcover: check that type switches over messages cover the routed types and only those
//
// It checks the tests of the type of the message parameter of
// HandleCommand, HandleEvent, HandleTimeout (HandleDeadline from dogma
// v0.24.0), RouteCommandToInstance and RouteEventToInstance of Dogma
// handlers, and of the ApplyEvent method of
// aggregate roots (the types an aggregate's New returns, declared in the
// same package). A test is a type switch over the parameter, or a chain of
// ifs whose every if is `if v, ok := m.(T); ok` and whose end (the final
// else, or the statements after a chain without one) certainly fails. The
// ifs of a chain are joined by else, or follow one another in a block (a
// message that no earlier if selects reaches the next). A message type named
// through a type alias is the type the alias names, in routes and in cases.
//
// What a message that no case selects runs into decides whether a missing
// case matters. A fallback (a default, a final else, the statements after a
// chain) certainly fails when, before anything that may leave it early (a
// return or a branch statement), it panics (with dogma.UnexpectedMessage or
// any other value) or returns an error that cannot be nil (errors.New,
// fmt.Errorf, a composite literal) from a method whose last result is the
// error. A fallback that returns nil, logs, returns early on some path, or
// returns an error variable handles the message, and so does a panic in a
// method that calls recover.
//
//   - switch-missing-case: a routed type has no case, and the fallback
//     certainly fails, or (for handler methods, not ApplyEvent) a switch
//     has no default so the message is silently ignored. For ApplyEvent the
//     routed types are the events the aggregate records; a root may ignore
//     events that do not change its state, so only a failing fallback
//     makes a missing case a finding there. A fix inserts the missing case
//     clauses: empty ones when the switch has no default (the message was
//     ignored, and still is until the author fills the clause in), and ones
//     that panic with a TODO message before a failing default (the message
//     failed before, and the function still compiles when the switch ends
//     it). For a chain it adds else-if branches that panic with a TODO
//     message after the chain's last if.
//   - switch-dead-case: a case (or an assertion of a chain) names a concrete
//     type the handler does not route, so it never runs; a case for *T when
//     T is routed (or the reverse) is called out, and a fix changes it to
//     the routed type unless the test already has a case for that type.
//     ApplyEvent is exempt: dogma says it SHOULD accept historical events
//     that are no longer routed.
//
// The check is conservative. Missing cases are reported only when the
// handler's routes are known completely, and when the message parameter is
// used nowhere but in the test (so a message handled by an earlier type
// assertion, or passed to other code, is not reported), and is never
// assigned. A switch over another variable, a chain whose conditions test
// more than ok, a chain whose end may not fail, and case types involving
// type parameters produce no finding.
package switchcover
