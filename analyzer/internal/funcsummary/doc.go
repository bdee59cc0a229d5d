// Package funcsummary summarizes what functions do with the Dogma scopes
// they receive, once per function, for every analyzer that checks handler
// code.
//
// A handler method rarely does all its work itself: it passes its scope to
// methods of its root and to helpers of its own and other packages, which
// record events, execute commands, schedule timeouts or end the process.
// A Summary says, per scope parameter of a function (a parameter of type
// dogma.AggregateCommandScope, IntegrationCommandScope, ProcessEventScope
// or ProcessTimeoutScope, ProcessDeadlineScope from v0.24.0, or from v0.23.0
// an instance of one of those generic scopes; dogmaapi says which calls on
// it do what):
//
//   - the messages produced on it, with the call's position and the chain
//     of calls that reaches it (Produced);
//   - the End() calls that reach a return on some path (Ends), whether
//     every return is preceded by one (EndsAlways), the ExecuteCommand,
//     ScheduleTimeout and Mutate calls some path reaches (Cancels), and
//     End() calls followed by one of those on a path that can run
//     (Cancelled): a call after End() cancels it on v0.15.x and panics
//     from v0.16.0;
//   - the first call of any scope method, for the rule that a Mutate
//     callback calls no scope method (FirstCall);
//   - whether every use of the scope was followed (Complete).
//
// Calls are followed into functions and methods of the package (computed
// on first use, with a recursion guard) and of other packages (read from
// the Fact their package exported, for each function with an exported
// name and a scope parameter), into function literals called where they
// are written, and into deferred calls, which run at each return. The
// scope passed to a function value, an interface method, a variadic
// parameter, a goroutine or a function without a summary is not followed:
// the summary is then incomplete, and analyzers stay silent about what it
// might do there.
//
// The order of calls is worked out from the control-flow graph only for
// bodies that may end the process, and paths that cannot run are pruned:
// a path does not take a branch whose condition contradicts one it took
// before, when nothing the condition reads was assigned in between
// (see conds.go for what is understood). Only conditions that the body
// tests more than once, or that test a boolean parameter, are remembered
// along a path, which keeps the paths few; a helper that ends the process
// only when boolean parameters hold records that (EndsOnlyIf), and its
// callers assume its arguments on the path where it ended. Past 4096 path
// states a body is not explored, and its summary claims nothing about the
// order of calls (Unsure).
package funcsummary
