// Bookkeeping of an operation: message IDs and type names, journal records
// and handler errors.

package runtime

import (
	"fmt"
	"reflect"
	"strconv"
)

// newID returns the next message ID.
func (e *Engine) newID() uint64 {
	e.lastID++
	return e.lastID
}

func (e *Engine) typeName(t reflect.Type) string {
	if mt, ok := e.types[t]; ok {
		return mt.name
	}
	return typeName(t)
}

// enqueue journals a message given to the engine and queues it.
func (e *Engine) enqueue(env *envelope, a Action) {
	e.journal.add(e.offset(), a, env, nil, "", "")
	e.op.push(env)
}

func (e *Engine) handled(h *handler, env *envelope, instance, note string) {
	e.journal.add(e.offset(), Handled, env, h, instance, note)
}

// handling journals a handler being called for env, before the call, and
// returns the record's index: the entries of what the handler does follow
// it, and the outcome is set on it with outcome when the handler returns.
func (e *Engine) handling(h *handler, env *envelope, instance string) int {
	return e.journal.add(e.offset(), Handled, env, h, instance, "")
}

// outcome sets the note of the handling journalled at rec.
func (e *Engine) outcome(rec int, note string) { e.journal.setNote(rec, note) }

// afterReturn is the prefix of the notices of what the engine does once a
// handler has returned, which follow the entries of the handler's own calls.
func afterReturn(method string) string { return "after " + method + " returned: " }

func (e *Engine) produced(h *handler, env *envelope, instance string) {
	e.journal.add(e.offset(), Produced, env, h, instance, "")
}

func (e *Engine) notice(env *envelope, h *handler, instance, note string) {
	e.journal.add(e.offset(), Notice, env, h, instance, note)
}

// fail records a handler's returned error for the operation's result.
func (e *Engine) fail(h *handler, method string, env *envelope, instance string, err error) {
	e.handled(h, env, instance, "failed: "+err.Error())
	e.failed(h, method, env, err)
}

// failAt is fail for a handling journalled at rec; dropped is the number of
// messages the handler produced, which are not dispatched.
func (e *Engine) failAt(rec int, h *handler, method string, env *envelope, err error, dropped int) {
	e.outcome(rec, "failed: "+err.Error()+droppedNote(dropped))
	e.dropProduced(rec, dropped)
	e.failed(h, method, env, err)
}

// discard sets the outcome of a handling that did not complete.
func (e *Engine) discard(rec int, dropped int) {
	e.outcome(rec, discarded(dropped))
	e.dropProduced(rec, dropped)
}

// dropProduced notes on the produced entries after the handling journalled
// at rec that their messages are not dispatched. Only that handler's calls
// are journalled between rec and now.
func (e *Engine) dropProduced(rec int, n int) {
	if n == 0 {
		return
	}
	for i := rec + 1; i < e.journal.n; i++ {
		if e.journal.action(i) == Produced {
			e.journal.setNote(i, droppedProducedNote)
		}
	}
}

const droppedProducedNote = "dropped: the handling that produced it did not succeed"

func (e *Engine) failed(h *handler, method string, env *envelope, err error) {
	e.op.errs = append(e.op.errs, fmt.Errorf("%s %s: %s(%s #%d): %w", h.kind, h.name, method, env.mt.name, env.id, err))
}

// discarded is the outcome of a handling that did not complete.
func discarded(dropped int) string {
	return "discarded: the handling did not complete" + droppedNote(dropped)
}

// droppedNote says that the messages a failed handling produced, journalled
// above as produced, are not dispatched.
func droppedNote(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "; the message it produced is dropped"
	}
	return "; the " + strconv.Itoa(n) + " messages it produced are dropped"
}
