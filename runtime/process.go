package runtime

import (
	"fmt"
	"time"

	"github.com/dogmatiq/dogma"
)

// processInstance is the state of one live process instance. gen tells its
// incarnations apart, so that a timeout never reaches a later instance that
// re-uses the ID of the one that scheduled it.
type processInstance struct {
	root dogma.ProcessRoot
	gen  uint64
}

func (e *Engine) handleProcessEvent(h *handler, env *envelope) {
	ev := env.msg.(dogma.Event)
	s := site{h: h, method: "RouteEventToInstance", env: env}

	var (
		id  string
		ok  bool
		err error
	)
	if !e.call(s, func() { id, ok, err = h.proc.RouteEventToInstance(e.op.ctx, ev) }) {
		e.handled(h, env, "", "not handled: RouteEventToInstance panicked")
		return
	}
	if err != nil {
		e.fail(h, "RouteEventToInstance", env, "", err)
		return
	}
	if !ok {
		e.handled(h, env, "", "ignored: RouteEventToInstance returned ok false")
		return
	}
	if id == "" {
		e.report(s, EmptyInstanceID,
			"RouteEventToInstance returned ok true and an empty instance ID for %s; return a non-empty ID, such as a UUID, or ok false to ignore the event", env.mt.name)
		e.handled(h, env, "", "not handled: empty instance ID")
		return
	}
	s.instance = id

	inst := h.processes[id]
	begun := inst == nil
	if begun {
		// dogma: "A process instance begins the first time it receives an
		// event."
		if _, ended := h.ended[id]; ended {
			e.report(s, ProcessRebegun,
				"RouteEventToInstance routed %s to %q, an instance that has ended; route it to a new instance ID or return ok false", env.mt.name, id)
			if e.aborted() {
				e.handled(h, env, id, "not handled: strict mode stopped at the violation")
				return
			}
		}
		root, ok := e.newProcessRoot(h, s)
		if !ok {
			e.handled(h, env, id, "not handled: New did not return a usable root")
			return
		}
		inst = e.newProcessInstance(root, h.gen+1)
	}

	sc := h.newProcessScope(e, env, inst, id, false)
	s.method = "HandleEvent"
	var herr error
	rec := e.handling(h, env, id)
	if !e.call(s, func() { herr = h.proc.HandleEvent(e.op.ctx, inst.root, sc, ev) }) {
		e.discard(rec, len(sc.outputs))
		return
	}
	if herr != nil {
		e.failAt(rec, h, "HandleEvent", env, herr, len(sc.outputs))
		return
	}
	if begun {
		h.gen = inst.gen
		delete(h.ended, id)
	}
	e.commitProcess(h, "HandleEvent", inst, id, sc)
}

func (e *Engine) handleTimeout(h *handler, env *envelope) {
	inst := h.processes[env.instance]
	if inst == nil || inst.gen != env.gen {
		e.notice(env, h, env.instance, "timeout not delivered: the instance that scheduled it has ended")
		return
	}
	if env.scheduledFor.After(e.now) {
		// Self-check: dogma says "The engine MUST NOT call this method
		// before the timeout's scheduled time."
		e.op.errs = append(e.op.errs, fmt.Errorf("engine bug: timeout #%d delivered before its time", env.id))
		return
	}
	s := site{h: h, method: "HandleTimeout", instance: env.instance, env: env}
	sc := h.newProcessScope(e, env, inst, env.instance, true)
	var herr error
	rec := e.handling(h, env, env.instance)
	if !e.call(s, func() { herr = h.proc.HandleTimeout(e.op.ctx, inst.root, sc, env.msg.(dogma.Timeout)) }) {
		e.discard(rec, len(sc.outputs))
		return
	}
	if herr != nil {
		e.failAt(rec, h, "HandleTimeout", env, herr, len(sc.outputs))
		return
	}
	e.commitProcess(h, "HandleTimeout", inst, env.instance, sc)
}

// newProcessInstance carves an instance from a slab: one allocation for many
// instances.
func (e *Engine) newProcessInstance(root dogma.ProcessRoot, gen uint64) *processInstance {
	if len(e.procs) == cap(e.procs) {
		e.procs = make([]processInstance, 0, 128)
	}
	e.procs = append(e.procs, processInstance{root: root, gen: gen})
	return &e.procs[len(e.procs)-1]
}

// newProcessScope returns h's scope, reset for one HandleEvent or
// HandleTimeout call. The scope is only valid during the call, and calls are
// serialised, so each handler reuses one.
func (h *handler) newProcessScope(e *Engine, env *envelope, inst *processInstance, id string, timeout bool) *processScope {
	sc := &h.procScope
	// Field by field, as in handleAggregate.
	sc.e, sc.h, sc.env, sc.inst, sc.id, sc.timeout, sc.ended = e, h, env, inst, id, timeout, false
	sc.outputs = sc.outputsBuf[:0]
	return sc
}

func (e *Engine) newProcessRoot(h *handler, s site) (dogma.ProcessRoot, bool) {
	s.method = "New"
	var r1, r2 dogma.ProcessRoot
	if !e.call(s, func() { r1 = h.proc.New() }) {
		return nil, false
	}
	if r1 == nil || isNilPointer(r1) {
		e.report(s, NewReturnsNil, "New returned %s; return a non-nil root, such as dogma.StatelessProcessRoot or a pointer to a zero value", describeNil(r1))
		return nil, false
	}
	if !e.call(s, func() { r2 = h.proc.New() }) {
		return nil, false
	}
	e.checkNew(s, r1, r2)
	return r1, !e.aborted()
}

// commitProcess applies the outcome of a successful HandleEvent or
// HandleTimeout, once method has returned: the messages it produced were
// journalled as it produced them.
func (e *Engine) commitProcess(h *handler, method string, inst *processInstance, id string, sc *processScope) {
	env := sc.env
	if sc.ended {
		// "Ending a process instance destroys its state and cancels any
		// pending timeouts."
		delete(h.processes, id)
		h.ended[id] = struct{}{}
		n := e.timeouts.cancel(h, id)
		for _, out := range sc.outputs {
			if out.kind == timeoutMessage {
				n++
			}
		}
		e.notice(env, h, id, endedNote(method, n))
	} else {
		h.processes[id] = inst
	}

	for _, out := range sc.outputs {
		if out.kind == commandMessage {
			e.op.push(out)
			continue
		}
		if sc.ended {
			continue
		}
		if out.scheduledFor.After(e.now) {
			e.timeouts.add(out)
			continue
		}
		if out.scheduledFor.Before(e.now) {
			e.notice(out, h, id, fmt.Sprintf(afterReturn(method)+"timeout scheduled for %s, before the current time; it is delivered at once",
				out.scheduledFor.UTC().Format(time.RFC3339Nano)))
		}
		e.op.push(out)
	}
}

// processScope is the dogma.ProcessEventScope or dogma.ProcessTimeoutScope of
// one HandleEvent or HandleTimeout call.
type processScope struct {
	e       *Engine
	h       *handler
	env     *envelope
	inst    *processInstance
	id      string
	timeout bool
	ended   bool
	outputs []*envelope // journalled when produced

	outputsBuf [2]*envelope // room for the usual one or two outputs
}

// method names a scope method by the scope's interface.
func (sc *processScope) method(event, timeout string) string {
	if sc.timeout {
		return timeout
	}
	return event
}

func (sc *processScope) InstanceID() string { return sc.id }

// End may be called at any time (ADR-19); only the last End() or produce
// call decides whether the instance ends.
func (sc *processScope) End() {
	sc.ended = true
	sc.e.notice(sc.env, sc.h, sc.id, "End() called")
}

func (sc *processScope) ExecuteCommand(c dogma.Command) {
	s := site{h: sc.h, method: sc.method("ProcessEventScope.ExecuteCommand", "ProcessTimeoutScope.ExecuteCommand"), instance: sc.id, env: sc.env}
	t, ok := sc.e.admit(s, c, commandMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	out := sc.e.newEnvelope(c, commandMessage, t, sc.env.id)
	sc.e.produced(sc.h, out, sc.id)
	sc.outputs = append(sc.outputs, out)
	sc.revertEnd("ExecuteCommand")
}

func (sc *processScope) ScheduleTimeout(to dogma.Timeout, at time.Time) {
	s := site{h: sc.h, method: sc.method("ProcessEventScope.ScheduleTimeout", "ProcessTimeoutScope.ScheduleTimeout"), instance: sc.id, env: sc.env}
	t, ok := sc.e.admit(s, to, timeoutMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	out := sc.e.newEnvelope(to, timeoutMessage, t, sc.env.id)
	out.timeoutInfo = &timeoutInfo{scheduledFor: at, origin: sc.h, instance: sc.id, gen: sc.inst.gen}
	sc.e.produced(sc.h, out, sc.id)
	sc.outputs = append(sc.outputs, out)
	sc.revertEnd("ScheduleTimeout")
}

// revertEnd cancels a prior End(), with a notice after the produced
// message's entry: dogma says "Executing a command cancels
// any prior call to End() on this scope."
func (sc *processScope) revertEnd(by string) {
	if sc.ended {
		sc.ended = false
		sc.e.notice(sc.env, sc.h, sc.id, "End() cancelled by a later "+by+"; the instance goes on and its pending timeouts stay")
	}
}

func (sc *processScope) RecordedAt() time.Time { return *sc.env.createdAt }
func (sc *processScope) ScheduledFor() time.Time {
	if sc.env.timeoutInfo == nil {
		return time.Time{}
	}
	return sc.env.scheduledFor
}

func (sc *processScope) Log(format string, args ...any) {
	sc.e.log(sc.h, sc.env, sc.id, format, args...)
}

// endedNote is the notice of an instance ended by method that had n timeouts
// pending; the usual none needs no formatting.
func endedNote(method string, n int) string {
	if n == 0 {
		switch method {
		case "HandleEvent":
			return "after HandleEvent returned: instance ended; its state is dropped and 0 timeouts cancelled"
		case "HandleTimeout":
			return "after HandleTimeout returned: instance ended; its state is dropped and 0 timeouts cancelled"
		}
	}
	return fmt.Sprintf(afterReturn(method)+"instance ended; its state is dropped and %d timeouts cancelled", n)
}
