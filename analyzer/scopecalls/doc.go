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
//     routes.
//
// The engine rejects a message whose type the handler does not route, at run
// time. The scope-unrouted-message error names the type and the route to add.
// A pointer to a routed type (*T where T is routed), or the reverse, is a
// different type to the engine; then a fix adds or removes the & when the
// argument is a composite literal.
//
// The argument's static type is what counts, so a message built by a helper
// function is checked by the helper's result type. An argument of interface
// or type-parameter type, a handler whose routes cannot be followed, and a
// generic handler produce no finding.
package scopecalls
