package runtime

import (
	"fmt"
	"reflect"

	"github.com/dogmatiq/dogma"
)

// aggregateInstance is the event-sourced state of one aggregate instance.
type aggregateInstance struct {
	history []dogma.Event

	// root is the value handed to HandleCommand. shadow is built from New()
	// and ApplyEvent only; comparing them after each command finds changes
	// made outside ApplyEvent. shadow is nil when New() returns a value that
	// cannot serve as an independent copy.
	root, shadow dogma.AggregateRoot
	loaded       bool

	first [1]dogma.Event // the history's first element, see newAggregateInstance
}

func (e *Engine) handleAggregate(h *handler, env *envelope) {
	cmd := env.msg.(dogma.Command)
	s := site{h: h, method: "RouteCommandToInstance", env: env}

	var id string
	if !e.call(s, func() { id = h.agg.RouteCommandToInstance(cmd) }) {
		e.handled(h, env, "", "not handled: RouteCommandToInstance panicked")
		return
	}
	if id == "" {
		e.report(s, EmptyInstanceID,
			"RouteCommandToInstance returned an empty instance ID for %s; return a non-empty ID, such as a UUID", env.mt.name)
		e.handled(h, env, "", "not handled: empty instance ID")
		return
	}
	s.instance = id

	inst := h.aggregates[id]
	if inst == nil {
		inst = e.newAggregateInstance()
		h.aggregates[id] = inst
	}
	if !inst.loaded && !e.loadAggregate(h, inst, s) {
		e.handled(h, env, id, "not handled: the root could not be loaded")
		return
	}

	// The scope is only valid during the call, and calls are serialised,
	// so each handler reuses one.
	sc := &h.aggScope
	// Field by field: copying a whole struct into the heap costs more
	// while the garbage collector marks.
	sc.e, sc.h, sc.env, sc.id, sc.root, sc.destroyed = e, h, env, id, inst.root, false
	sc.events, sc.envs = sc.eventsBuf[:0], sc.envsBuf[:0]
	s.method = "HandleCommand"
	rec := e.handling(h, env, id)
	if !e.call(s, func() { h.agg.HandleCommand(inst.root, sc, cmd) }) {
		// The root may hold events that are now discarded: rebuild it from
		// the history next time.
		inst.loaded = false
		e.discard(rec, len(sc.envs))
		return
	}

	if sc.destroyed {
		delete(h.aggregates, id)
		e.notice(env, h, id, fmt.Sprintf(afterReturn("HandleCommand")+"instance destroyed; the next command starts from New() (%d events discarded from memory)", len(inst.history)+len(sc.events)))
	} else {
		inst.history = append(inst.history, sc.events...)
		e.checkRoot(inst, s, sc.events, sc.envs)
	}

	for _, out := range sc.envs {
		e.op.push(out)
	}
}

// newAggregateInstance carves an instance from a slab, with room in its own
// memory for the first event of its history: one allocation for many
// instances instead of two for each.
func (e *Engine) newAggregateInstance() *aggregateInstance {
	if len(e.aggs) == cap(e.aggs) {
		e.aggs = make([]aggregateInstance, 0, 128)
	}
	e.aggs = append(e.aggs, aggregateInstance{})
	inst := &e.aggs[len(e.aggs)-1]
	inst.history = inst.first[:0:1]
	return inst
}

// loadAggregate builds an instance's root: New() and ApplyEvent of every
// historical event. New() is called twice, to check its consistency and to
// build the shadow root.
func (e *Engine) loadAggregate(h *handler, inst *aggregateInstance, s site) bool {
	s.method = "New"
	var r1, r2 dogma.AggregateRoot
	if !e.call(s, func() { r1 = h.agg.New() }) {
		return false
	}
	if r1 == nil || isNilPointer(r1) {
		e.report(s, NewReturnsNil, "New returned %s; return a non-nil root, such as a pointer to a zero value", describeNil(r1))
		return false
	}
	if !e.call(s, func() { r2 = h.agg.New() }) {
		return false
	}
	shadow := dogma.AggregateRoot(nil)
	if e.checkNew(s, r1, r2) {
		shadow = r2
	}
	if e.aborted() {
		return false
	}

	s.method = "AggregateRoot.ApplyEvent"
	for _, ev := range inst.history {
		s.typ = e.typeName(reflect.TypeOf(ev))
		if !e.call(s, func() { r1.ApplyEvent(ev) }) {
			return false
		}
		if shadow != nil && !e.call(s, func() { shadow.ApplyEvent(ev) }) {
			return false
		}
	}
	inst.root, inst.shadow, inst.loaded = r1, shadow, true
	return true
}

// checkNew compares two results of New(). It reports whether the second can
// serve as an independent shadow of the first.
func (e *Engine) checkNew(s site, r1, r2 any) bool {
	if r2 == nil || isNilPointer(r2) {
		e.report(s, NewInconsistent, "New returned %T on one call and %s on the next; return the same initial state every time", r1, describeNil(r2))
		return false
	}
	if reflect.TypeOf(r1) != reflect.TypeOf(r2) {
		e.report(s, NewInconsistent, "New returned %T on one call and %T on the next; return the same type every time", r1, r2)
		return false
	}
	if !e.deepEqual(s, r1, r2) {
		e.report(s, NewInconsistent, "two calls to New returned different %T values; return the same initial state every time, without clocks, counters or random values", r1)
		return false
	}
	// A shared pointer cannot be an independent shadow.
	v1, v2 := reflect.ValueOf(r1), reflect.ValueOf(r2)
	if v1.Kind() == reflect.Pointer && v1.Pointer() == v2.Pointer() {
		return false
	}
	return true
}

// checkRoot compares the root after HandleCommand with the shadow advanced by
// the same events through ApplyEvent alone.
func (e *Engine) checkRoot(inst *aggregateInstance, s site, events []dogma.Event, envs []*envelope) {
	if inst.shadow == nil {
		return
	}
	s.method = "AggregateRoot.ApplyEvent"
	for i, ev := range events {
		sh := inst.shadow
		s.typ = envs[i].mt.name
		if !e.call(s, func() { sh.ApplyEvent(ev) }) {
			inst.loaded = false
			return
		}
	}
	if !e.deepEqual(s, inst.root, inst.shadow) {
		s.method, s.typ = "HandleCommand", ""
		e.report(s, RootModified,
			"the root after HandleCommand differs from New() plus ApplyEvent of its %d events; change the root only in ApplyEvent, by recording events", len(inst.history))
		// An event-sourced engine would load the root from the history.
		inst.loaded = false
	}
}

func describeNil(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("a nil %T", v)
}

// aggregateScope is the dogma.AggregateCommandScope of one HandleCommand call.
type aggregateScope struct {
	e         *Engine
	h         *handler
	env       *envelope
	id        string
	root      dogma.AggregateRoot
	events    []dogma.Event
	envs      []*envelope // the events' envelopes, journalled when recorded
	destroyed bool

	// Most handlings record one or two events: room for them saves
	// allocations.
	eventsBuf [2]dogma.Event
	envsBuf   [2]*envelope
}

func (sc *aggregateScope) InstanceID() string { return sc.id }

func (sc *aggregateScope) RecordEvent(ev dogma.Event) {
	s := site{h: sc.h, method: "AggregateCommandScope.RecordEvent", instance: sc.id, env: sc.env}
	t, ok := sc.e.admit(s, ev, eventMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	// dogma: "It applies the event to the root such that the applied
	// changes are visible to the handler after this method returns."
	s.method, s.typ = "AggregateRoot.ApplyEvent", t.name
	if !sc.e.call(s, func() { sc.root.ApplyEvent(ev) }) {
		panic(abortPanic{})
	}
	sc.events = append(sc.events, ev)
	out := sc.e.newEnvelope(ev, eventMessage, t, sc.env.id)
	sc.envs = append(sc.envs, out)
	sc.e.produced(sc.h, out, sc.id)
	if sc.destroyed {
		// "Recording an event cancels any prior call to Destroy() on this
		// scope."
		sc.destroyed = false
		sc.e.notice(sc.env, sc.h, sc.id, "Destroy() cancelled by a later RecordEvent; the instance goes on")
	}
}

func (sc *aggregateScope) Destroy() {
	sc.destroyed = true
	sc.e.notice(sc.env, sc.h, sc.id, "Destroy() called")
}

func (sc *aggregateScope) Log(format string, args ...any) {
	sc.e.log(sc.h, sc.env, sc.id, format, args...)
}
