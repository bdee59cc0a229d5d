// Bookkeeping of an operation: message IDs and type names, journal records
// and handler errors.

package runtime

import (
	"fmt"
	"reflect"
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

func (e *Engine) produced(h *handler, env *envelope, instance string) {
	e.journal.add(e.offset(), Produced, env, h, instance, "")
}

func (e *Engine) notice(env *envelope, h *handler, instance, note string) {
	e.journal.add(e.offset(), Notice, env, h, instance, note)
}

// fail records a handler's returned error for the operation's result.
func (e *Engine) fail(h *handler, method string, env *envelope, instance string, err error) {
	e.handled(h, env, instance, "failed: "+err.Error())
	e.op.errs = append(e.op.errs, fmt.Errorf("%s %s: %s(%s #%d): %w", h.kind, h.name, method, env.mt.name, env.id, err))
}
