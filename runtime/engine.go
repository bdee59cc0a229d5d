package runtime

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dogmatiq/configkit"
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// Engine runs a Dogma application's handlers in memory, one operation at a
// time, and records every violation of dogma's run-time rules.
//
// It is safe for concurrent use: operations are serialised, so the calls for
// one instance never overlap. The same sequence of operations always gives
// byte-identical Violations and Journal.
type Engine struct {
	mu  sync.Mutex
	cfg config
	app configkit.RichApplication

	handlers []*handler                // registration order
	types    map[reflect.Type]*msgType // every message type the application uses

	now        time.Time
	clock      atomic.Pointer[time.Time] // now, for Now() from inside handlers
	lastID     uint64
	timeouts   timeoutQueue
	violations []Violation
	journal    journal

	op    *operation // the operation in progress, under mu
	spare operation  // reused by every operation, to save allocations
	envs  []envelope // a slab that envelopes are carved from
}

var _ dogma.CommandExecutor = (*Engine)(nil)

// New returns an engine for app. An invalid application gives an error that
// lists every error-severity problem validate.Application finds.
func New(app dogma.Application, opts ...Option) (e *Engine, err error) {
	if app == nil {
		return nil, errors.New("application must not be nil")
	}
	c := config{start: DefaultStartTime, enabled: AllKinds}
	for _, o := range opts {
		o(&c)
	}

	if err := problemsError(validate.App(app)); err != nil {
		return nil, err
	}

	// validate should have caught everything configkit rejects; recover
	// anyway so that a gap between the two is an error, not a crash.
	defer func() {
		if v := recover(); v != nil {
			e, err = nil, panicError(v)
		}
	}()
	cfg, hs := model(app, c.enabled)

	e = &Engine{
		cfg:      c,
		app:      cfg,
		handlers: hs,
		types:    map[reflect.Type]*msgType{},
	}
	e.setNow(c.start)
	record := func(t reflect.Type) *msgType {
		mt := e.types[t]
		if mt == nil {
			mt = &msgType{name: typeName(t)}
			e.types[t] = mt
		}
		return mt
	}
	for _, h := range hs {
		for t := range h.consume {
			mt := record(t)
			if h.kind == AggregateKind || h.kind == IntegrationKind {
				mt.handler = h
			} else {
				mt.consumers = append(mt.consumers, h)
			}
		}
		h.output = map[*msgType]struct{}{}
		for t := range h.produce {
			h.output[record(t)] = struct{}{}
		}
	}
	return e, nil
}

// problemsError lists every error-severity problem, or returns nil.
func problemsError(ps []validate.Problem) error {
	var lines []string
	for _, p := range ps {
		if p.Severity == validate.Error {
			lines = append(lines, p.String())
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return fmt.Errorf("application is invalid (%d problems):\n\t%s", len(lines), strings.Join(lines, "\n\t"))
}

// Application returns the configkit model of the application.
func (e *Engine) Application() configkit.RichApplication { return e.app }

// Now returns the engine clock's time. Unlike the other methods it may be
// called from inside a handler.
func (e *Engine) Now() time.Time {
	return *e.clock.Load()
}

// setNow moves the clock; only operations, under mu, call it.
func (e *Engine) setNow(t time.Time) {
	e.now = t
	e.clock.Store(&t)
}

// Violations returns every violation so far, in the order found.
func (e *Engine) Violations() []Violation {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]Violation(nil), e.violations...)
}

// Journal returns every entry so far: the messages given to the engine,
// each handling, each produced message with its cause, and notices.
func (e *Engine) Journal() []Entry {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.journal.entries()
}

// ExecuteCommand validates cmd, then handles it and everything it causes
// before returning. It returns an error if cmd is nil, invalid or handled by
// no handler, if a handler returns an error, or, in strict mode, for the first
// violation.
func (e *Engine) ExecuteCommand(ctx context.Context, cmd dogma.Command, _ ...dogma.ExecuteCommandOption) error {
	if cmd == nil {
		return errors.New("cannot execute a nil command")
	}
	t := reflect.TypeOf(cmd)
	mt := e.types[t]
	if mt == nil || mt.handler == nil {
		return fmt.Errorf("cannot execute %s: no handler in the application handles this command type; add dogma.HandlesCommand[%s]() to an aggregate or integration", typeName(t), typeName(t))
	}
	if err := validateMessage(cmd); err != nil {
		return fmt.Errorf("cannot execute %s: %w", typeName(t), err)
	}
	return e.run(ctx, func() {
		e.enqueue(e.newEnvelope(cmd, mt, ""), Executed)
	})
}

// RecordEvent validates ev, then delivers it to its consumers and handles
// everything that causes before returning. Errors are as for ExecuteCommand.
func (e *Engine) RecordEvent(ctx context.Context, ev dogma.Event) error {
	if ev == nil {
		return errors.New("cannot record a nil event")
	}
	t := reflect.TypeOf(ev)
	mt := e.types[t]
	if mt == nil || len(mt.consumers) == 0 {
		return fmt.Errorf("cannot record %s: no handler in the application consumes this event type; add dogma.HandlesEvent[%s]() to a process or projection", typeName(t), typeName(t))
	}
	if err := validateMessage(ev); err != nil {
		return fmt.Errorf("cannot record %s: %w", typeName(t), err)
	}
	return e.run(ctx, func() {
		e.enqueue(e.newEnvelope(ev, mt, ""), Recorded)
	})
}

// AdvanceTime moves the clock forward by d; see AdvanceTo.
func (e *Engine) AdvanceTime(d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("cannot advance time by %s: the duration must not be negative", d)
	}
	return e.advance(func(now time.Time) time.Time { return now.Add(d) })
}

// AdvanceTo moves the clock forward to t. Every timeout due by t is delivered
// in order of its scheduled time (then of scheduling), with the clock at that
// time, and everything it causes is handled before the next. Then, if the
// clock moved, every projection's Compact is called. In strict mode a
// violation stops the clock at the time of the timeout being handled.
func (e *Engine) AdvanceTo(t time.Time) error {
	return e.advance(func(time.Time) time.Time { return t })
}

// advance moves the clock to target(now), computed under the lock so that
// concurrent callers each advance from the time they find.
func (e *Engine) advance(target func(now time.Time) time.Time) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	t := target(e.now)
	if t.Before(e.now) {
		return fmt.Errorf("cannot advance time to %s: it is before the engine's current time %s", t.UTC().Format(time.RFC3339Nano), e.now.UTC().Format(time.RFC3339Nano))
	}
	return e.runLocked(context.Background(), func() {
		start := e.now
		for e.op.abort == nil {
			pt, ok := e.timeouts.popDue(t)
			if !ok {
				break
			}
			if pt.env.scheduledFor.After(e.now) {
				e.setNow(pt.env.scheduledFor)
			}
			e.op.push(pt.env)
			e.drain()
		}
		if e.op.abort != nil {
			return
		}
		e.setNow(t)
		if t.After(start) {
			e.compact()
		}
	})
}

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

// newID returns the next message ID.
func (e *Engine) newID() string {
	e.lastID++
	return strconv.FormatUint(e.lastID, 10)
}

func (e *Engine) typeName(t reflect.Type) string {
	if mt, ok := e.types[t]; ok {
		return mt.name
	}
	return typeName(t)
}

// enqueue journals a message given to the engine and queues it.
func (e *Engine) enqueue(env *envelope, a Action) {
	e.journal.add(record{at: e.now, action: a, env: env})
	e.op.push(env)
}

func (e *Engine) handled(h *handler, env *envelope, instance, note string) {
	e.journal.add(record{at: e.now, action: Handled, env: env, h: h, instance: instance, note: note})
}

func (e *Engine) produced(h *handler, env *envelope, instance string) {
	e.journal.add(record{at: e.now, action: Produced, env: env, h: h, instance: instance})
}

func (e *Engine) notice(env *envelope, h *handler, instance, note string) {
	e.journal.add(record{at: e.now, action: Notice, env: env, h: h, instance: instance, note: note})
}

// fail records a handler's returned error for the operation's result.
func (e *Engine) fail(h *handler, method string, env *envelope, instance string, err error) {
	e.handled(h, env, instance, "failed: "+err.Error())
	e.op.errs = append(e.op.errs, fmt.Errorf("%s %s: %s(%s #%s): %w", h.kind, h.name, method, env.name, env.id, err))
}

// site describes where a violation happened.
type site struct {
	h        *handler
	method   string
	instance string
	env      *envelope // the message being handled
	typ      string    // the message type involved, if not env's
}

// report records a violation. In strict mode the first one aborts the
// operation.
func (e *Engine) report(s site, id RuleID, format string, args ...any) {
	r := rule(id)
	v := Violation{
		Seq:         len(e.violations) + 1,
		Rule:        id,
		Level:       r.Level,
		Handler:     s.h.name,
		HandlerKind: s.h.kind,
		Method:      s.method,
		Instance:    s.instance,
		MessageType: s.typ,
		At:          e.now,
		Message:     fmt.Sprintf(format, args...),
		Quote:       r.quote(s.h.kind),
	}
	if s.env != nil {
		v.MessageID = s.env.id
		if v.MessageType == "" {
			v.MessageType = s.env.name
		}
	}
	e.violations = append(e.violations, v)
	if e.cfg.strict && e.op != nil && e.op.abort == nil {
		e.op.abort = &v
	}
}

// abortPanic unwinds a handler from inside a scope method when strict mode
// aborts the operation or the handling cannot go on.
type abortPanic struct{}

// aborted reports whether strict mode has aborted the operation.
func (e *Engine) aborted() bool { return e.op.abort != nil }

// abortIfStrict unwinds the calling handler if the operation was aborted.
func (e *Engine) abortIfStrict() {
	if e.op.abort != nil {
		panic(abortPanic{})
	}
}

// call runs one handler method, turning a panic into a violation. It reports
// whether the method completed normally.
func (e *Engine) call(s site, fn func()) (ok bool) {
	returned := false
	defer func() {
		if returned {
			return
		}
		v := recover()
		if _, abort := v.(abortPanic); abort {
			return
		}
		if v == dogma.UnexpectedMessage {
			e.report(s, UnexpectedMessagePanic,
				"%s panicked with dogma.UnexpectedMessage for %s, a type routed to this handler; handle the type or remove its route",
				s.method, s.typeName())
			return
		}
		e.report(s, HandlerPanic, "%s panicked: %s; return an error instead of panicking", s.method, describePanic(v))
	}()
	fn()
	returned = true
	return e.op.abort == nil
}

func (s site) typeName() string {
	if s.typ != "" {
		return s.typ
	}
	if s.env != nil {
		return s.env.name
	}
	return "<none>"
}
