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
// reported at the cancelling call. That is dogma v0.15.x: from v0.16.0 such
// a call panics instead, and endcancel reports nothing there.
//
// The calls are followed into the functions and methods the scope is
// passed to, of this package and (through facts) of others, into function
// literals called where they are written, and into deferred calls, which
// run at each return; see package funcsummary. A cancelling call written in
// this package is reported where it is written, naming the helpers that
// reach it; one made by a helper of another package is reported at the
// call of that helper. A scope passed to a function value, an interface
// method or a goroutine is not followed.
//
// Paths that cannot run are not reported. A path does not take a branch
// whose condition contradicts a condition it took earlier, unless something
// the condition reads was assigned in between: the same boolean local
// variable or side-effect-free expression (if x { s.End() }; if !x {
// s.ExecuteCommand(...) }), comparisons with different constants, switch
// cases, cases of type switches over the same variable with different
// types, and constant conditions. A local variable whose address is taken
// or that a closure assigns, and fields after any call, are not assumed to
// keep their values. A helper that ends the process only when
// boolean parameters hold (if done { s.End() }) ends it only on the
// caller's paths where its arguments can hold; other conditions inside a
// helper are not related to the caller's, and a helper that ends the
// process on some path is taken to end it there.
package endcancel
