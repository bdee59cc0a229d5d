// Package endcancel defines an Analyzer that reports a process's End() that
// a later call in the same handler invocation cancels.
//
// # Analyzer endcancel
//
// endcancel: report End() calls cancelled by a later ExecuteCommand or ScheduleTimeout
//
// Dogma says that executing a command or scheduling a timeout "cancels any
// prior call to End() on this scope". A HandleEvent or HandleTimeout method
// that calls End() and then, on some path through the method, ExecuteCommand
// or ScheduleTimeout on the same scope leaves the process instance running,
// which is rarely what the author meant. The end-cancelled warning is
// reported at the cancelling call.
//
// Only direct calls on the scope parameter in the method's own body count;
// calls made by helper functions, closures or deferred calls are not
// followed, and produce no finding.
package endcancel
