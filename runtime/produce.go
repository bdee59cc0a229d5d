package runtime

import (
	"reflect"

	"github.com/dogmatiq/dogma"
)

// routeHint names the route that declares a produced message type.
func routeHint(k messageKind) string {
	switch k {
	case commandMessage:
		return "dogma.ExecutesCommand"
	case timeoutMessage:
		return "dogma.SchedulesTimeout"
	}
	return "dogma.RecordsEvent"
}

// admit checks a message that a handler produces through its scope and
// reports whether the engine keeps it. Undeclared and invalid messages are
// reported and dropped.
func (e *Engine) admit(s site, m dogma.Message, k messageKind) (*msgType, bool) {
	t := reflect.TypeOf(m)
	if t != nil && t == s.h.lastOut {
		// The handler declares the type it produced last, so the two map
		// lookups below can be skipped: only the nil and Validate checks
		// are left.
		mt := s.h.lastOutMT
		s.typ = mt.name
		if !isNilPointer(m) {
			return e.validateOutput(s, m, mt)
		}
	}
	mt := e.types[t]
	if mt != nil {
		s.typ = mt.name
	} else {
		s.typ = typeName(t)
	}
	if m == nil || isNilPointer(m) {
		e.report(s, InvalidMessage, "%s was called with a nil %s; pass a valid message", s.method, s.typ)
		return nil, false
	}
	if mt == nil || !s.h.produces(mt) {
		e.report(s, UndeclaredMessage,
			"%s was called with %s, which the handler does not declare; add %s[%s]() to its routes or stop producing it",
			s.method, s.typ, routeHint(k), s.typ)
		return nil, false
	}
	s.h.lastOut, s.h.lastOutMT = t, mt
	return e.validateOutput(s, m, mt)
}

// validateOutput is admit's last check, Validate.
func (e *Engine) validateOutput(s site, m dogma.Message, mt *msgType) (*msgType, bool) {
	if err := validateMessage(m); err != nil {
		e.report(s, InvalidMessage, "%s was called with an invalid %s: %s; produce only messages whose Validate returns nil",
			s.method, s.typ, err.Error())
		return nil, false
	}
	return mt, true
}
