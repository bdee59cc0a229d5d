package runtime

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
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

	comparers map[reflect.Type]*comparer // root comparers, see deepEqual

	now        time.Time
	nowOffset  time.Duration             // now - start, as the journal keeps times
	clock      atomic.Pointer[time.Time] // now, for Now() from inside handlers
	lastID     uint64
	timeouts   timeoutQueue
	violations []Violation
	journal    journal

	op    *operation     // the operation in progress, under mu
	opG   atomic.Uintptr // curg() of the goroutine running op; see fromHandler
	spare operation      // reused by every operation, to save allocations
	envs  [][]envelope   // every envelope, by message ID, in chunks of envChunk

	// Slabs that other per-message values are carved from.
	aggs  []aggregateInstance
	procs []processInstance
	bytes []byte
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

	va := validate.FromApplication(app)
	if err := problemsError(validate.CheckApplication(va)); err != nil {
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
	if len(hs) > maxHandlers {
		return nil, fmt.Errorf("application has %d handlers; the engine supports at most %d", len(hs), maxHandlers)
	}
	if len(va.Registrations) != len(hs) {
		return nil, fmt.Errorf("application is invalid: its Configure registered %d handlers on one call and %d on another; register the same handlers every time", len(va.Registrations), len(hs))
	}
	for i, h := range hs {
		h.model = va.Registrations[i].Handler
	}

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
		for t := range h.produce {
			record(t)
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
	e.nowOffset = t.Sub(e.cfg.start)
	e.clock.Store(&t)
}

// Violations returns every violation so far, in the order found.
//
// Called from inside one of the engine's handlers, it returns at once with
// the violations so far, the engine-call-from-handler violation of the call
// included.
func (e *Engine) Violations() []Violation {
	if e.fromHandler("Violations") {
		return append([]Violation(nil), e.violations...)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]Violation(nil), e.violations...)
}

// Journal returns every entry so far: the messages given to the engine,
// each handling, each produced message with its cause, and notices.
//
// Called from inside one of the engine's handlers, it returns at once with
// the entries so far, and the call is an engine-call-from-handler violation.
func (e *Engine) Journal() []Entry {
	return e.journalSince("Journal", 0)
}

// JournalSince returns the entries after the first seq: those numbered from
// seq+1 on. A test that reads the journal after each operation reads each
// entry once.
//
// Called from inside one of the engine's handlers, it returns at once with
// the entries so far, and the call is an engine-call-from-handler violation.
func (e *Engine) JournalSince(seq int) []Entry {
	return e.journalSince("JournalSince", seq)
}

func (e *Engine) journalSince(method string, seq int) []Entry {
	if e.fromHandler(method) {
		return e.journal.entries(e.cfg.start, e.handlers, e.envelope, seq)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.journal.entries(e.cfg.start, e.handlers, e.envelope, seq)
}

// ExecuteCommand validates cmd, then handles it and everything it causes
// before returning. It returns an error if cmd is nil, invalid or handled by
// no handler, if a handler returns an error, or, in strict mode, for the first
// violation.
func (e *Engine) ExecuteCommand(ctx context.Context, cmd dogma.Command, _ ...dogma.ExecuteCommandOption) error {
	if e.fromHandler("ExecuteCommand") {
		return errFromHandler("call ExecuteCommand")
	}
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
	return e.run(ctx, "ExecuteCommand", func() {
		e.enqueue(e.newEnvelope(cmd, commandMessage, mt, 0), Executed)
	})
}

// RecordEvent validates ev, then delivers it to its consumers and handles
// everything that causes before returning. Errors are as for ExecuteCommand.
func (e *Engine) RecordEvent(ctx context.Context, ev dogma.Event) error {
	if e.fromHandler("RecordEvent") {
		return errFromHandler("call RecordEvent")
	}
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
	return e.run(ctx, "RecordEvent", func() {
		e.enqueue(e.newEnvelope(ev, eventMessage, mt, 0), Recorded)
	})
}

// AdvanceTime moves the clock forward by d; see AdvanceTo.
func (e *Engine) AdvanceTime(d time.Duration) error {
	if e.fromHandler("AdvanceTime") {
		return errFromHandler("advance time")
	}
	if d < 0 {
		return fmt.Errorf("cannot advance time by %s: the duration must not be negative", d)
	}
	return e.advance("", func(now time.Time) time.Time { return now.Add(d) })
}

// AdvanceTo moves the clock forward to t. Every timeout due by t is delivered
// in order of its scheduled time (then of scheduling), with the clock at that
// time, and everything it causes is handled before the next. Then, if the
// clock moved, every projection's Compact is called. In strict mode a
// violation stops the clock at the time of the timeout being handled.
func (e *Engine) AdvanceTo(t time.Time) error {
	return e.advance("AdvanceTo", func(time.Time) time.Time { return t })
}

// advance moves the clock to target(now), computed under the lock so that
// concurrent callers each advance from the time they find.
// method is the caller's name for fromHandler, "" if it has checked.
func (e *Engine) advance(method string, target func(now time.Time) time.Time) error {
	if method != "" && e.fromHandler(method) {
		return errFromHandler("advance time")
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	t := target(e.now)
	if t.Sub(e.cfg.start) == math.MaxInt64 {
		// The journal keeps times as durations since the start.
		return fmt.Errorf("cannot advance time to %s: it is more than 292 years after the start time", t.UTC().Format(time.RFC3339Nano))
	}
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
