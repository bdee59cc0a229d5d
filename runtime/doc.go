// Package runtime is dogmavet's reference engine: a small, exact,
// deterministic in-memory engine that runs a Dogma v0.15.0 application's
// handlers and reports every violation of dogma's run-time rules as a value.
//
// New validates the application with validate.Application and models it with
// configkit. The Engine is a dogma.CommandExecutor; RecordEvent, AdvanceTime
// and AdvanceTo drive it further. Each operation handles the message and
// everything it causes, first in, first out, before it returns.
//
// Violations returns what handlers did wrong (the catalog is Rules(), each
// rule with its level and the dogma sentence it enforces; a rule that is the
// same defect as one of the rule book's, package validate, has its ID), and
// Journal returns every message given, handled and produced, with its cause,
// in the order it happened, and notices for things dogma allows but a reader
// should know, such as an End() cancelled by a later ExecuteCommand.
//
// Only Now and Application may be called from inside a handler; any other
// method so called returns at once and is a violation.
//
// The engine runs applications built on dogma v0.15.0, the dogma of
// dogmavet's module: it takes a live dogma.Application, and Go allows one
// version of a module per build. Applications on v0.16.0 to v0.25.x are
// checked by the static analyzers (cmd/dogmavet), not here.
//
// Semantics, rules and benchmark results are in docs/runtime.md. The
// runtimetest subpackage runs scenarios in tests, step by step, with
// expectations on what each step caused.
package runtime
