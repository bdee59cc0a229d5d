package validate

import "strings"

// Decisions about handler code (what a handler produces and which message
// types its methods must accept), shared by the static analyzers and the
// run-time engine. Like the configuration rules they read only the neutral
// model, and they answer "unknown" rather than guess when the routes are
// incomplete.

// Routing is the answer to "is this message type routed?".
type Routing int

const (
	// Routed: a route names exactly this type.
	Routed Routing = iota

	// NotRouted: no route names the type, and the routes are complete.
	NotRouted

	// WrongPointer: no route names the type, but one names the same type
	// with the other pointer-ness (*T where T is routed, or T where *T is).
	WrongPointer

	// RoutingUnknown: no route names the type, but the routes are
	// incomplete, so one may exist.
	RoutingUnknown
)

// ProducedRouteKind returns the kind of route that lets a handler of kind hk
// produce messages of kind mk: RecordsEvent for events recorded by
// aggregates and integrations, ExecutesCommand and SchedulesTimeout for
// commands and timeouts produced by processes. ok is false when a handler of
// that kind cannot produce such messages at all.
func ProducedRouteKind(hk HandlerKind, mk MessageKind) (rk RouteKind, ok bool) {
	switch {
	case mk == Event && (hk == AggregateHandler || hk == IntegrationHandler):
		return RecordsEventRoute, true
	case mk == Command && hk == ProcessHandler:
		return ExecutesCommandRoute, true
	case mk == Timeout && hk == ProcessHandler:
		return SchedulesTimeoutRoute, true
	}
	return 0, false
}

// ProducedRouted decides whether h routes t, a message of kind mk that h
// produces (records, executes or schedules). For WrongPointer it also
// returns the route with the other pointer-ness; for Routed, the route.
func ProducedRouted(h *Handler, mk MessageKind, t *MessageType) (Routing, *Route) {
	rk, ok := ProducedRouteKind(h.Kind, mk)
	if !ok {
		return RoutingUnknown, nil
	}
	return routing(h, rk, t)
}

func routing(h *Handler, rk RouteKind, t *MessageType) (Routing, *Route) {
	flipped := OtherPointerness(t.Name)
	var other *Route
	for i := range h.Routes {
		r := &h.Routes[i]
		if r.Kind != rk || r.Type == nil || r.Invalid != "" {
			continue
		}
		if r.Type.Name == t.Name {
			return Routed, r
		}
		if r.Type.Name == flipped && other == nil {
			other = r
		}
	}
	switch {
	case !h.RoutesComplete:
		return RoutingUnknown, nil
	case other != nil:
		return WrongPointer, other
	}
	return NotRouted, nil
}

// OtherPointerness returns the name of *T for T, and of T for *T.
func OtherPointerness(name string) string {
	if s, ok := strings.CutPrefix(name, "*"); ok {
		return s
	}
	return "*" + name
}

// ConsumedRouteKind returns the kind of route naming the message types that
// the handler method of the given name receives: HandleCommand and
// RouteCommandToInstance receive HandlesCommand types, HandleEvent and
// RouteEventToInstance HandlesEvent types, a process's HandleTimeout the
// timeouts it schedules (they come back to it), and an aggregate root's
// ApplyEvent the events its aggregate records.
func ConsumedRouteKind(hk HandlerKind, method string) (RouteKind, bool) {
	switch method {
	case "HandleCommand", "RouteCommandToInstance":
		return HandlesCommandRoute, hk == AggregateHandler || hk == IntegrationHandler
	case "HandleEvent", "RouteEventToInstance":
		return HandlesEventRoute, hk == ProcessHandler || hk == ProjectionHandler
	case "HandleTimeout":
		return SchedulesTimeoutRoute, hk == ProcessHandler
	case "ApplyEvent":
		return RecordsEventRoute, hk == AggregateHandler
	}
	return 0, false
}

// RoutedTypes returns the message types of h's routes of kind rk, without
// duplicates, in route order.
func RoutedTypes(h *Handler, rk RouteKind) []*MessageType {
	var out []*MessageType
	seen := map[string]bool{}
	for _, r := range h.Routes {
		if r.Kind != rk || r.Type == nil || r.Invalid != "" || seen[r.Type.Name] {
			continue
		}
		seen[r.Type.Name] = true
		out = append(out, r.Type)
	}
	return out
}
