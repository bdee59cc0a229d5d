package runtime

import (
	"bytes"
	"fmt"
	"strconv"
	"time"

	"github.com/dogmatiq/dogma"
)

// handleProjection offers an event to a projection with OCC, and probes the
// projection's OCC store:
//
//  1. ResourceVersion of a resource the engine never used must be empty;
//  2. HandleEvent(r, c, n) with the current c must return ok, after which
//     ResourceVersion(r) must be n;
//  3. HandleEvent again with the now-stale c must return ok false;
//  4. after CloseResource(r), ResourceVersion(r) should be empty.
//
// The resource is the event's message ID, so each event is its own resource,
// as in testkit.
func (e *Engine) handleProjection(h *handler, env *envelope) {
	// The six calls run in one protected region, which costs one deferral
	// instead of six: a panic in any of them is reported at s as it is
	// then, naming the method that panicked, and discards the handling.
	s := site{h: h, method: "ResourceVersion", env: env}
	if !e.protect(&s, func() { e.probeProjection(h, env, &s) }) {
		e.handled(h, env, "", "discarded: the handling did not complete")
	}
}

// probeProjection makes handleProjection's calls. s.method names the method
// being called, for a panic.
func (e *Engine) probeProjection(h *handler, env *envelope, s *site) {
	ctx := e.op.ctx
	ev := env.msg.(dogma.Event)
	// r, and the versions offered, come from one buffer; full slice
	// expressions keep a handler's append from reaching a neighbour.
	buf := strconv.AppendUint(e.carve(24), env.id, 10)
	r := buf[:len(buf):len(buf)]
	// next returns a version other than c ("r, c and n are engine-defined").
	next := func(c []byte) []byte {
		start := len(buf)
		if len(c) == 0 {
			buf = append(buf, '1')
		} else {
			buf = append(append(buf, c...), '.', '1')
		}
		return buf[start:len(buf):len(buf)]
	}
	// The scope is only valid during the call, and calls are serialised,
	// so each projection reuses one.
	sc := &h.projScope
	sc.e, sc.h, sc.env = e, h, env

	// version runs ResourceVersion; ok is false if the handling cannot go on.
	version := func() (v []byte, ok bool) {
		var err error
		s.method = "ResourceVersion"
		v, err = h.proj.ResourceVersion(ctx, r)
		if err != nil {
			e.fail(h, "ResourceVersion", env, "", err)
			return nil, false
		}
		return v, true
	}
	handle := func(c, n []byte) (applied, ok bool) {
		var err error
		s.method = "HandleEvent"
		applied, err = h.proj.HandleEvent(ctx, r, c, n, sc, ev)
		if err != nil {
			e.fail(h, "HandleEvent", env, "", err)
			return false, false
		}
		return applied, true
	}

	// stop ends the handling when strict mode has aborted the operation.
	stop := func() bool {
		if e.aborted() {
			e.handled(h, env, "", "not finished: strict mode stopped at the violation")
			return true
		}
		return false
	}

	c, ok := version()
	if !ok {
		return
	}
	if len(c) != 0 {
		e.report(*s, ProjectionNewResource,
			"ResourceVersion returned %q for resource %q, which the engine has never used; return an empty slice for unknown resources", c, r)
		if stop() {
			return
		}
	}

	n := next(c)
	applied, ok := handle(c, n)
	if !ok {
		return
	}
	if !applied {
		e.report(*s, ProjectionOCCUpdate,
			"HandleEvent returned ok false and no error for resource %q although %q is its current version; the event is lost: apply it and return ok true, or return an error", r, c)
		e.handled(h, env, "", "not applied: HandleEvent returned ok false")
		return
	}
	got, ok := version()
	if !ok {
		return
	}
	if !bytes.Equal(got, n) {
		s.method = "HandleEvent"
		e.report(*s, ProjectionOCCUpdate,
			"HandleEvent returned ok true for resource %q with n %q, but ResourceVersion then returned %q; store n as the resource's version in the same transaction as the change", r, n, got)
		if stop() {
			return
		}
	}

	// c is stale only if the version moved; otherwise the probe would be a
	// legitimate second delivery.
	if !bytes.Equal(got, c) {
		stale, ok := handle(c, next(got))
		if !ok {
			return
		}
		if stale {
			e.report(*s, ProjectionOCCConflict,
				"HandleEvent returned ok true when offered the event again for resource %q with the stale version %q (current %q); compare c with the stored version and return ok false when they differ", r, c, got)
			if stop() {
				return
			}
		}
	}

	s.method = "CloseResource"
	if err := h.proj.CloseResource(ctx, r); err != nil {
		e.fail(h, "CloseResource", env, "", err)
		return
	}
	left, ok := version()
	if !ok {
		return
	}
	if len(left) != 0 {
		s.method = "CloseResource"
		e.report(*s, CloseResource,
			"after CloseResource(%q), ResourceVersion still returned %q; remove the resource from the OCC store", r, left)
	}
	e.handled(h, env, "", "")
}

// compact calls every enabled projection's Compact, in registration order.
func (e *Engine) compact() {
	for _, h := range e.handlers {
		if h.kind != ProjectionKind || !h.active || e.op.abort != nil {
			continue
		}
		s := site{h: h, method: "Compact"}
		var err error
		if !e.call(s, func() { err = h.proj.Compact(e.op.ctx, &compactScope{e: e, h: h}) }) {
			continue
		}
		if err != nil {
			e.op.errs = append(e.op.errs, fmt.Errorf("projection %s: Compact: %w", h.name, err))
		}
	}
}

// projectionScope is the dogma.ProjectionEventScope of one event.
type projectionScope struct {
	e   *Engine
	h   *handler
	env *envelope
}

func (sc *projectionScope) RecordedAt() time.Time { return *sc.env.createdAt }

// IsPrimaryDelivery is always true: the engine is the only application
// instance.
func (sc *projectionScope) IsPrimaryDelivery() bool { return true }

func (sc *projectionScope) Log(format string, args ...any) {
	sc.e.log(sc.h, sc.env, "", format, args...)
}

// compactScope is the dogma.ProjectionCompactScope of one Compact call.
type compactScope struct {
	e *Engine
	h *handler
}

// Now returns the engine clock, which dogma allows "when executing tests".
func (sc *compactScope) Now() time.Time { return sc.e.now }

func (sc *compactScope) Log(format string, args ...any) {
	sc.e.log(sc.h, nil, "", format, args...)
}

// carve returns an empty slice with capacity n from a slab. The slices never
// overlap, and appending beyond n moves to new memory, so each stays the
// caller's own.
func (e *Engine) carve(n int) []byte {
	if cap(e.bytes)-len(e.bytes) < n {
		e.bytes = make([]byte, 0, 4096)
	}
	start := len(e.bytes)
	e.bytes = e.bytes[:start+n]
	return e.bytes[start : start : start+n]
}
