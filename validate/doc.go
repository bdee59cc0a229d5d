// Package validate is dogmavet's rule book: every Dogma configuration rule,
// once, as plain Go over a neutral configuration model.
//
// The run-time front end (Application, and the per-handler entry points)
// records a live dogma.Application through recording configurers; the static
// analyzer in ../analyzer fills the same model from source. Both then call
// the same rule functions, which collect every problem rather than stopping
// at the first, in a deterministic order.
package validate
