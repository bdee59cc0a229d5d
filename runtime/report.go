package runtime

import (
	"fmt"
	"strconv"

	"github.com/dogmatiq/dogma"
)

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
		v.MessageID = strconv.FormatUint(s.env.id, 10)
		if v.MessageType == "" {
			v.MessageType = s.env.mt.name
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
	o := e.op
	o.curH, o.curEnv, o.curInstance = s.h, s.env, s.instance
	returned := false
	defer func() {
		if returned {
			return
		}
		e.recovered(s, recover())
	}()
	fn()
	returned = true
	return e.op.abort == nil
}

// protect runs fn, which makes handler calls, as call does, except that a
// panic is reported at *s as it is when the panic happens, and that it
// reports whether fn returned, whatever strict mode decided.
func (e *Engine) protect(s *site, fn func()) (returned bool) {
	o := e.op
	o.curH, o.curEnv, o.curInstance = s.h, s.env, s.instance
	defer func() {
		if returned {
			return
		}
		e.recovered(*s, recover())
	}()
	fn()
	return true
}

// recovered reports a handler panic recovered by call or protect.
func (e *Engine) recovered(s site, v any) {
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
}

func (s site) typeName() string {
	if s.typ != "" {
		return s.typ
	}
	if s.env != nil {
		return s.env.mt.name
	}
	return "<none>"
}
