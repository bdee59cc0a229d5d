// Package rootmutation defines an Analyzer that reports handler methods
// that change their aggregate or process root where dogma forbids it.
//
// # Analyzer rootmutation
//
// rootmutation: report aggregate and process roots changed outside ApplyEvent and Mutate
//
// An aggregate's HandleCommand "MUST NOT modify the root directly": it
// records events, and the root's ApplyEvent, which the engine calls for
// each of them, is the only code that changes the root. A write through
// the root in HandleCommand, or in code it passes the root to, is
// reported as aggregate-root-mutated, and so is a call of the root's
// ApplyEvent, which applies the event a second time. From dogma v0.24.0 a
// process's HandleEvent and HandleDeadline "must not modify r directly;
// use [ProcessScope].Mutate instead": a write outside the function literal
// passed to Mutate is reported as process-root-mutated. Before v0.24.0
// changing a process root directly was the way to change it, and nothing
// is reported.
//
// A write is an assignment (=, op=), ++ or --, delete, clear or copy, of
// memory the root reaches through a pointer, map or slice: r.Balance = 1,
// r.Items[k] = v, r.Items = append(r.Items, v), *r = T{}, r.Limits.Max = 2.
// A local variable that holds a value taken from the root (a := r.(*T),
// t := r.Items, switch x := r.(type), for _, p := range r.Pointers) counts
// as the root when it is never assigned again and its address is not
// taken; writing a struct copied out of the root (c := r.Config; c.N = 1)
// changes the copy only and is not reported.
//
// Calls are followed through package funcsummary's mutation summaries: a
// function or method of the package, or of another package that uses
// dogma (through facts), that writes memory its parameter or receiver
// reaches is reported at the call that passes it the root, naming the
// helpers on the way and the field written. A call whose callee is not
// known (an interface method, a function value, a function of a package
// that does not use dogma), and a function literal that is not called
// where it is written, are taken to change nothing.
package rootmutation
