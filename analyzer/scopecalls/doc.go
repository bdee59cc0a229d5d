// Package scopecalls defines an Analyzer that checks the messages handlers
// produce against their routes.
//
// # Analyzer scopecalls
//
// scopecalls: check that handlers only record, execute and schedule message types they route
//
// In the methods of Dogma handlers it checks each call of
//
//   - RecordEvent on an aggregate's or integration's command scope, against
//     the handler's RecordsEvent routes;
//   - ExecuteCommand on a process's event or timeout scope, against its
//     ExecutesCommand routes;
//   - ScheduleTimeout on a process's scope, against its SchedulesTimeout
//     routes (ScheduleDeadline and SchedulesDeadline from dogma v0.24.0).
//
// The engine rejects a message whose type the handler does not route, at run
// time. The scope-unrouted-message error names the type and the route to add.
// A pointer to a routed type (*T where T is routed), or the reverse, is a
// different type to the engine; then a fix adds or removes the & when the
// argument is a composite literal.
//
// The calls are followed where the handler method passes its scope on
// (see package funcsummary): to functions and methods of the package, such
// as the aggregate root's methods in a.DebitAccount(s, m), to functions of
// other packages through their facts, and into function literals. A message
// produced in a function of the package is reported at the produce call,
// naming the handler and the helpers that reach it ("in record (via
// account.Debit)"), with each call of a helper as related information; one
// produced by a helper of another package is reported at the call of that
// helper in this package. A helper shared by several handlers is checked
// against each handler's routes; a produce call that a handler reaches by
// several calls is reported once, through the first. The pointer fix is offered only for calls
// written in the handler method, since a helper may serve other handlers.
//
// The argument's static type is what counts, so a message built by a helper
// function is checked by the helper's result type. An argument of interface
// or type-parameter type, a handler whose routes cannot be followed, a
// generic handler, and a scope passed to a function value, an interface
// method, a goroutine or a function of another package that exported no
// summary produce no finding.
package scopecalls
