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

	sc := h.newProcessScope(e, env, id, false)
	s.method = "HandleEvent"
	var herr error
	if !e.call(s, func() { herr = h.proc.HandleEvent(e.op.ctx, inst.root, sc, ev) }) {
		e.handled(h, env, id, "discarded: the handling did not complete")
		return
	}
	if herr != nil {
		e.fail(h, "HandleEvent", env, id, herr)
		return
	}
	if begun {
		h.gen = inst.gen
		delete(h.ended, id)
	}
	e.commitProcess(h, env, inst, id, sc)
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
	sc := h.newProcessScope(e, env, env.instance, true)
	var herr error
	if !e.call(s, func() { herr = h.proc.HandleTimeout(e.op.ctx, inst.root, sc, env.msg.(dogma.Timeout)) }) {
		e.handled(h, env, env.instance, "discarded: the handling did not complete")
		return
	}
	if herr != nil {
		e.fail(h, "HandleTimeout", env, env.instance, herr)
		return
	}
	e.commitProcess(h, env, inst, env.instance, sc)
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
func (h *handler) newProcessScope(e *Engine, env *envelope, id string, timeout bool) *processScope {
	sc := &h.procScope
	// Field by field, as in handleAggregate.
	sc.e, sc.h, sc.env, sc.id, sc.timeout, sc.ended = e, h, env, id, timeout, false
	sc.outputs = sc.outputsBuf[:0]
	if sc.notes != nil {
		sc.notes = nil
	}
	return sc
}

func (e *Engine) newProcessRoot(h *handler, s site) (dogma.ProcessRoot, bool) {
	s.method = "New"
	var r1, r2 dogma.ProcessRoot
	if !e.call(s, func() { r1 = h.proc.New() }) {
		return nil, false
	}
	if r1 == nil || isNilPointer(r1) {
		e.report(s, NewReturnedNil, "New returned %s; return a non-nil root, such as dogma.StatelessProcessRoot or a pointer to a zero value", describeNil(r1))
		return nil, false
	}
	if !e.call(s, func() { r2 = h.proc.New() }) {
		return nil, false
	}
	e.checkNew(s, r1, r2)
	return r1, !e.aborted()
}

// commitProcess applies the outcome of a successful HandleEvent or
// HandleTimeout.
func (e *Engine) commitProcess(h *handler, env *envelope, inst *processInstance, id string, sc *processScope) {
	e.handled(h, env, id, "")
	for _, n := range sc.notes {
		e.notice(env, h, id, n)
	}

	if sc.ended {
		// "Ending a process instance destroys its state and cancels any
		// pending timeouts."
		delete(h.processes, id)
		h.ended[id] = struct{}{}
		n := e.timeouts.cancel(h, id)
		for _, o := range sc.outputs {
			if o.kind == timeoutMessage {
				n++
			}
		}
		e.notice(env, h, id, endedNote(n))
	} else {
		h.processes[id] = inst
	}

	for _, o := range sc.outputs {
		if o.kind == timeoutMessage && sc.ended {
			continue
		}
		out := e.newEnvelope(o.msg, o.kind, o.mt, env.id)
		if o.kind == commandMessage {
			e.produced(h, out, id)
			e.op.push(out)
			continue
		}
		out.timeoutInfo = &timeoutInfo{scheduledFor: o.at, origin: h, instance: id, gen: inst.gen}
		e.produced(h, out, id)
		if o.at.After(e.now) {
			e.timeouts.add(out)
			continue
		}
		if o.at.Before(e.now) {
			e.notice(out, h, id, fmt.Sprintf("timeout scheduled for %s, before the current time; it is delivered at once",
				o.at.UTC().Format(time.RFC3339Nano)))
		}
		e.op.push(out)
	}
}

type processOutput struct {
	kind messageKind
	msg  dogma.Message
	mt   *msgType
	at   time.Time
}

// processScope is the dogma.ProcessEventScope or dogma.ProcessTimeoutScope of
// one HandleEvent or HandleTimeout call.
type processScope struct {
	e       *Engine
	h       *handler
	env     *envelope
	id      string
	timeout bool
	ended   bool
	outputs []processOutput
	notes   []string

	outputsBuf [2]processOutput // room for the usual one or two outputs
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
func (sc *processScope) End() { sc.ended = true }

func (sc *processScope) ExecuteCommand(c dogma.Command) {
	s := site{h: sc.h, method: sc.method("ProcessEventScope.ExecuteCommand", "ProcessTimeoutScope.ExecuteCommand"), instance: sc.id, env: sc.env}
	t, ok := sc.e.admit(s, c, commandMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	sc.revertEnd("ExecuteCommand")
	sc.outputs = append(sc.outputs, processOutput{kind: commandMessage, msg: c, mt: t})
}

func (sc *processScope) ScheduleTimeout(to dogma.Timeout, at time.Time) {
	s := site{h: sc.h, method: sc.method("ProcessEventScope.ScheduleTimeout", "ProcessTimeoutScope.ScheduleTimeout"), instance: sc.id, env: sc.env}
	t, ok := sc.e.admit(s, to, timeoutMessage)
	if !ok {
		sc.e.abortIfStrict()
		return
	}
	sc.revertEnd("ScheduleTimeout")
	sc.outputs = append(sc.outputs, processOutput{kind: timeoutMessage, msg: to, mt: t, at: at})
}

// revertEnd cancels a prior End(): dogma says "Executing a command cancels
// any prior call to End() on this scope."
func (sc *processScope) revertEnd(by string) {
	if sc.ended {
		sc.ended = false
		sc.notes = append(sc.notes, "End() cancelled by a later "+by+"; the instance goes on and its pending timeouts stay")
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

// endedNote is the notice of an ended instance that had n timeouts pending;
// the usual none needs no formatting.
func endedNote(n int) string {
	if n == 0 {
		return "instance ended; its state is dropped and 0 timeouts cancelled"
	}
	return fmt.Sprintf("instance ended; its state is dropped and %d timeouts cancelled", n)
}
