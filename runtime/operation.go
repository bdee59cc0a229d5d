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

	// The handler call in progress, for a handler calling the engine: see
	// misuse.
	curH        *handler
	curEnv      *envelope
	curInstance string
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

func (e *Engine) run(ctx context.Context, method string, start func()) error {
	if ctx == nil {
		ctx = context.Background()
	}
	// The engine lock is held by the caller's own operation. A call on the
	// operation's goroutine is a violation (see ExecuteCommand); from
	// another goroutine with a handler's context, only an error.
	if ctx.Value(engineKey{}) == e {
		return errFromHandler("call " + method)
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
	e.opG.Store(curg())
	defer func() { e.op = nil; e.opG.Store(0) }()
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

// fromHandler reports whether the calling goroutine is the one running e's
// operation, that is, a handler calling back into its own engine, which
// would otherwise wait forever for the lock its own operation holds. It
// records the misuse as a violation; the caller then answers at once, from
// the state so far, which its own operation leaves consistent while the
// handler runs.
func (e *Engine) fromHandler(method string) bool {
	g := curg()
	if g == 0 || e.opG.Load() != g {
		return false
	}
	e.misuse(method)
	return true
}

// misuse reports a handler's call to the engine's method.
func (e *Engine) misuse(method string) {
	o := e.op
	if o == nil || o.curH == nil {
		return // no handler is running: nothing to attribute the call to
	}
	s := site{h: o.curH, method: "Engine." + method, instance: o.curInstance, env: o.curEnv}
	what := "read the engine's state once the operation has returned, in the test itself"
	switch method {
	case "ExecuteCommand":
		what = "a process executes commands through its scope's ExecuteCommand; an aggregate or integration records events"
	case "RecordEvent":
		what = "an aggregate or integration records events through its scope's RecordEvent"
	case "AdvanceTime", "AdvanceTo":
		what = "move the clock from the test, between operations; a process schedules a timeout to act later"
	}
	e.report(s, EngineCallFromHandler,
		"the handler called Engine.%s on the engine that is running it, which would wait forever for the operation in progress; %s", method, what)
}

// errFromHandler is the error of an engine method called from inside one of
// the engine's handlers.
func errFromHandler(what string) error {
	return errors.New("cannot " + what + " from inside one of the engine's own handlers; see " + EngineCallFromHandler.URL())
}
