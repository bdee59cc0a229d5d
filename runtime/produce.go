package runtime

import (
	"reflect"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// The rule "a handler produces only message types it routes" has one
// implementation, validate.ProducedRouted, which the analyzers call on the
// source and the engine on each type a handler produces. The engine asks
// once per handler and type, and keeps the answer: the question is about the
// configuration, which does not change while the engine runs, so the cost
// per message is a map lookup, or nothing for the type the handler produced
// last.

// producedRoute is the rule book's answer for one type a handler produced.
type producedRoute struct {
	name string   // the type's name in violations and the journal
	mt   *msgType // the type's record when routed, else nil
	// hint says what to do when the type is not routed.
	hint string
}

// routeOf returns the answer for type t, which a handler of h produced as a
// message of kind k.
func (e *Engine) routeOf(h *handler, t reflect.Type, k messageKind) producedRoute {
	if r, ok := h.routed[t]; ok && r.kind == k {
		return r.producedRoute
	}
	mt := validate.MessageTypeOf(t)
	r := producedRoute{name: e.typeName(t)}
	routing, route := validate.ProducedRouted(h.model, modelKind(k), mt)
	switch routing {
	case validate.Routed:
		r.mt = e.types[t] // every routed type has a record, see New
	case validate.WrongPointer:
		r.hint = "but it routes " + route.Type.Display + ", a different type to the engine; pass a " + route.Type.Display
	default:
		// NotRouted: a live handler's routes are always complete.
		rk, _ := validate.ProducedRouteKind(h.model.Kind, modelKind(k))
		r.hint = "which it does not route; add dogma." + routeName(rk) + "[" + r.name + "]() to its routes, or stop producing it"
	}
	if h.routed == nil {
		h.routed = map[reflect.Type]routedType{}
	}
	h.routed[t] = routedType{kind: k, producedRoute: r}
	return r
}

// routedType is a cached answer, with the kind it was asked for: a type
// cannot be two kinds of message, but a handler could pass the same value
// as two.
type routedType struct {
	kind messageKind
	producedRoute
}

func modelKind(k messageKind) validate.MessageKind {
	switch k {
	case commandMessage:
		return validate.Command
	case timeoutMessage:
		return validate.Timeout
	}
	return validate.Event
}

// routeName is the dogma route function of a producer route kind.
func routeName(rk validate.RouteKind) string {
	switch rk {
	case validate.ExecutesCommandRoute:
		return "ExecutesCommand"
	case validate.SchedulesTimeoutRoute:
		return "SchedulesTimeout"
	}
	return "RecordsEvent"
}

// admit checks a message that a handler produces through its scope and
// reports whether the engine keeps it. Unrouted and invalid messages are
// reported and dropped.
func (e *Engine) admit(s site, m dogma.Message, k messageKind) (*msgType, bool) {
	t := reflect.TypeOf(m)
	if t != nil && t == s.h.lastOut && k == s.h.lastOutKind {
		// The handler routes the type it produced last, so the lookup
		// below can be skipped: only the nil and Validate checks are left.
		mt := s.h.lastOutMT
		s.typ = mt.name
		if !isNilPointer(m) {
			return e.validateOutput(s, m, mt)
		}
	}
	if m == nil || isNilPointer(m) {
		s.typ = e.typeName(t)
		e.report(s, InvalidMessage, "%s was called with a nil %s; pass a valid message", s.method, s.typ)
		return nil, false
	}
	r := e.routeOf(s.h, t, k)
	s.typ = r.name
	if r.mt == nil {
		e.report(s, ScopeUnroutedMessage, "%s was called with %s, %s", s.method, s.typ, r.hint)
		return nil, false
	}
	s.h.lastOut, s.h.lastOutMT, s.h.lastOutKind = t, r.mt, k
	return e.validateOutput(s, m, r.mt)
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
