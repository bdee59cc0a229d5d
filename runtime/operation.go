package runtime

import (
	"context"
	"errors"
)

// operation is the state of one ExecuteCommand, RecordEvent or AdvanceTo.
type operation struct {
	ctx   context.Context
	ctxv  opContext
	queue []*envelope
	head  int
	errs  []error
	abort *Violation // strict mode: the first violation
}

func (o *operation) push(env *envelope) { o.queue = append(o.queue, env) }

type engineKey struct{}

// opContext is the context handlers get: the caller's, marked with the
// engine so that a handler calling back into the engine is detected.
type opContext struct {
	context.Context
	e *Engine
}

func (c *opContext) Value(k any) any {
	if k == (engineKey{}) {
		return c.e
	}
	return c.Context.Value(k)
}

func (e *Engine) run(ctx context.Context, start func()) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if ctx.Value(engineKey{}) == e {
		// The engine lock is held by the caller's own operation.
		return errors.New("cannot call the engine from inside one of its handlers; a process executes commands through its scope")
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runLocked(ctx, func() {
		start()
		e.drain()
	})
}

func (e *Engine) runLocked(ctx context.Context, body func()) error {
	op := &e.spare
	*op = operation{queue: op.queue[:0]}
	op.ctxv = opContext{Context: ctx, e: e}
	op.ctx = &op.ctxv
	e.op = op
	defer func() { e.op = nil }()
	body()
	if e.op.abort != nil {
		return &ViolationError{Violation: *e.op.abort}
	}
	return errors.Join(e.op.errs...)
}

// drain delivers queued messages first in, first out, until none is left or
// strict mode aborts.
func (e *Engine) drain() {
	o := e.op
	for o.head < len(o.queue) && o.abort == nil {
		env := o.queue[o.head]
		o.queue[o.head] = nil
		o.head++
		e.deliver(env)
	}
	o.queue, o.head = o.queue[:0], 0
}

func (e *Engine) deliver(env *envelope) {
	switch env.kind {
	case commandMessage:
		h := env.mt.handler
		if h == nil {
			e.notice(env, nil, "", "no handler in the application handles this command type; it is dropped")
			return
		}
		if !e.guard(h, env) {
			return
		}
		if h.kind == AggregateKind {
			e.handleAggregate(h, env)
		} else {
			e.handleIntegration(h, env)
		}
	case eventMessage:
		for _, h := range env.mt.consumers {
			if e.op.abort != nil {
				return
			}
			if !e.guard(h, env) {
				continue
			}
			if h.kind == ProcessKind {
				e.handleProcessEvent(h, env)
			} else {
				e.handleProjection(h, env)
			}
		}
	case timeoutMessage:
		if e.guard(env.origin, env) {
			e.handleTimeout(env.origin, env)
		}
	}
}

// guard keeps disabled handlers from being called: dogma says "The engine
// MUST NOT call any methods other than Configure() on a disabled handler."
func (e *Engine) guard(h *handler, env *envelope) bool {
	if h.active {
		return true
	}
	e.notice(env, h, "", "the handler is disabled; it is not called")
	return false
}
