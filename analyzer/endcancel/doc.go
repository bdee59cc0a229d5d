// Package endcancel defines an Analyzer that reports process scope calls
// made after End(), and Mutate callbacks that call the scope.
//
// # Analyzer endcancel
//
// endcancel: report calls on a process scope after End(), which cancel it or panic, and Mutate callbacks that call the scope
//
// What a call after End() does depends on the dogma release, and the rule
// reported follows the generation dogmaapi recognises:
//
//   - dogma v0.15.x: executing a command or scheduling a timeout "cancels
//     any prior call to End() on this scope". A HandleEvent or
//     HandleTimeout method that calls End() and then, on some path,
//     ExecuteCommand or ScheduleTimeout on the same scope leaves the process
//     instance running: the end-cancelled warning, at the cancelling call.
//   - dogma v0.16.0 on: ExecuteCommand and ScheduleTimeout
//     (ScheduleDeadline from v0.24.0), and Mutate (v0.24.0 on), panic "if the
//     process instance has ended": the call-after-end error, at the call
//     that panics.
//
// From v0.24.0 it also reports mutate-calls-scope: "The callback must not
// call any methods on the scope" of Mutate. Every call of Mutate on a
// process scope is checked, in any function of the package; its callback
// is the function literal passed, or a function or method of the package
// passed by name, as a method value or expression, or through a local
// variable that keeps the value it is declared with. A scope method called
// in the callback on any scope value (the scope it captures, a field,
// another variable), in a closure it calls where it is written, or by a
// helper it passes a scope to (the first scope call in the helper's
// summary) is reported at that call. A callback that cannot be followed
// (a parameter, a reassigned variable, a function of another package) and
// closures or goroutines that run at some other time are not reported.
//
// The calls are followed into the functions and methods the scope is
// passed to, of this package and (through facts) of others, into function
// literals called where they are written, and into deferred calls, which
// run at each return; see package funcsummary. A call after End() written in
// this package is reported where it is written, naming the helpers that
// reach it; one made by a helper of another package is reported at the
// call of that helper. A scope passed to a function value, an interface
// method or a goroutine is not followed, and a path through a call that
// never returns (panic, os.Exit, log.Fatal, a helper that always panics)
// ends there.
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
