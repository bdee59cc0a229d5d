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
	if err := validateMessage(m); err != nil {
		e.report(s, InvalidMessage, "%s was called with an invalid %s: %s; produce only messages whose Validate returns nil",
			s.method, s.typ, err.Error())
		return nil, false
	}
	return mt, true
}
