// Package validate is dogmavet's rule book: every Dogma configuration rule,
// once, as plain Go over a neutral configuration model.
//
// The run-time front end (Application, and the per-handler entry points
// Aggregate, Process, Integration and Projection) records a live dogma.Application
// through recording configurers; the static analyzer in ../analyzer fills the
// same model from source. Both then call the same rule functions, which
// collect every problem rather than stopping at the first, in a deterministic
// order.
//
// Dogma versions: the rule functions take no dogma types, and a front end
// passes the rules of the program's dogma (KeyRules: RFC4122Keys for v0.15.x,
// RFC9562Keys from v0.16.0, under which keys are case-insensitive and the
// nil UUID is rejected). The static analyzers serve dogma v0.15.0 to v0.25.x.
// The live front end takes a dogma.Application, so it is compiled against
// the dogma of dogmavet's module, v0.15.0 (Go allows one version of a module
// per build): it checks applications built on v0.15.0, by v0.15.0's rules.
//
// Entry points: CheckApplication, CheckApplicationSelf and CheckHandler check
// a model; Application and the per-handler functions check a live application
// (FromApplication etc. build the model). Rules and RuleFor describe every
// rule; docs/rules.md and the README's table are generated from them by
// go run ./internal/cmd/gendocs.
//
// Order: CheckApplication returns the application's own problems first, then
// each registered handler's, in registration order. Within one entity,
// problems are ordered by rule (the order of Rules), then by position, then
// by the order of the calls they concern.
package validate
