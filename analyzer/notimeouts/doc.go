// Package notimeouts defines an Analyzer that reports processes that
// schedule timeouts but cannot handle them.
//
// # Analyzer notimeouts
//
// notimeouts: report processes that schedule timeouts but use NoTimeoutMessagesBehavior
//
// Timeouts are routed back to the process that scheduled them. The
// HandleTimeout method of dogma.NoTimeoutMessagesBehavior panics with
// dogma.UnexpectedMessage, so a process that embeds it and routes
// SchedulesTimeout panics when its first timeout arrives. The
// timeout-not-handled error is reported at the embedded field, with the
// route as related information.
//
// A process whose routes cannot be followed is reported too when its
// HandleEvent schedules a timeout, itself or in a helper it passes the
// scope to (see package funcsummary): the timeout is then either rejected,
// if it is not routed, or panics when it arrives. With complete routes that
// do not route the timeout, the finding is scopecalls'
// scope-unrouted-message.
//
// Only processes whose Configure method is declared in the analyzed package
// are checked. From dogma v0.24.0 timeouts are deadlines: the behaviour is
// NoDeadlineMessagesBehavior[R], the method HandleDeadline and the route
// SchedulesDeadline, and findings say so.
package notimeouts
