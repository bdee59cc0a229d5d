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
