package runtime

import "time"

// DefaultStartTime is the engine clock's start unless StartTime is given. It
// is fixed, never the wall clock, so that runs are reproducible.
var DefaultStartTime = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// Option configures an Engine.
type Option func(*config)

type config struct {
	start   time.Time
	strict  bool
	enabled HandlerKind
}

// StartTime sets the engine clock's initial time.
func StartTime(t time.Time) Option {
	return func(c *config) { c.start = t }
}

// Strict makes the first violation of an operation abort it: the operation
// returns a *ViolationError and the rest of its work is dropped. Without it,
// violations are collected and the engine carries on with the fallback each
// rule documents.
func Strict(on bool) Option {
	return func(c *config) { c.strict = on }
}

// EnableKinds sets which kinds of handler run; it is AllKinds by default.
// Handlers of other kinds are never called (testkit, by contrast, disables
// integrations and projections by default). A handler disabled by its own
// Configure is never called either way.
func EnableKinds(k HandlerKind) Option {
	return func(c *config) { c.enabled = k & AllKinds }
}
