package validate

import "fmt"

// requiredRoutes lists, per handler kind, the route kinds a handler must
// have at least one of (R5-R10), each with the rule that reports its
// absence. SchedulesTimeout is never required, nor RecordsEvent for an
// integration.
var requiredRoutes = map[HandlerKind][]struct {
	kind RouteKind
	rule RuleID
}{
	AggregateHandler:   {{HandlesCommandRoute, MissingHandlesCommand}, {RecordsEventRoute, MissingRecordsEvent}},
	ProcessHandler:     {{HandlesEventRoute, MissingHandlesEvent}, {ExecutesCommandRoute, MissingExecutesCommand}},
	IntegrationHandler: {{HandlesCommandRoute, MissingHandlesCommand}},
	ProjectionHandler:  {{HandlesEventRoute, MissingHandlesEvent}},
}

// checkRequiredRoutes reports each required route kind the handler lacks.
// It needs every route to be known, so it is silent on partial models.
func checkRequiredRoutes(h *Handler, entity string) []Problem {
	if !h.RoutesComplete {
		return nil
	}
	var ps []Problem
	for _, req := range requiredRoutes[h.Kind] {
		if hasRouteKind(h, req.kind) {
			continue
		}
		ps = append(ps, newProblem(req.rule, entity, h.Pos, fmt.Sprintf(
			"%s has no %s route; add at least one dogma.%s[T]() to Routes in Configure",
			h.Kind, req.kind, req.kind)))
	}
	return ps
}

func hasRouteKind(h *Handler, k RouteKind) bool {
	for _, r := range h.Routes {
		if r.Invalid == "" && r.Kind == k && r.Type != nil {
			return true
		}
	}
	return false
}

// checkDuplicateRoutes reports each route that repeats an earlier route of
// the same kind for the same message type (R11). Known routes run on every
// path, so no completeness is needed.
func checkDuplicateRoutes(h *Handler, entity string) []Problem {
	type key struct {
		kind RouteKind
		name string
	}
	first := map[key]Route{}
	var ps []Problem
	for _, r := range h.Routes {
		if r.Invalid != "" || r.Type == nil {
			continue
		}
		k := key{r.Kind, r.Type.Name}
		prev, dup := first[k]
		if !dup {
			first[k] = r
			continue
		}
		p := newProblem(DuplicateRoute, entity, r.Pos, fmt.Sprintf(
			"%s route for %s is added more than once; remove the duplicate route",
			h.Timeouts.route(r.Kind), r.Type.display()))
		p.Related = []Related{{Pos: prev.Pos, Message: "first " + h.Timeouts.route(r.Kind) + " route for " + r.Type.display()}}
		ps = append(ps, p)
	}
	return ps
}

// checkRouteValues reports route values an engine rejects or that can never
// match a message (R20b-e, and a route whose message kind differs from the
// route's kind).
func checkRouteValues(h *Handler, entity string) []Problem {
	var ps []Problem
	add := func(id RuleID, r Route, format string, args ...any) {
		ps = append(ps, newProblem(id, entity, r.Pos, fmt.Sprintf(format, args...)))
	}
	for _, r := range h.Routes {
		switch {
		case r.Invalid == "<nil>":
			add(InvalidRoute, r, "Routes is passed a nil route; pass routes built by dogma functions such as dogma.%s[T]()",
				firstRouteKind(h.Kind))
		case r.Invalid != "":
			add(InvalidRoute, r, "Routes is passed a value of type %s, which engines do not support; pass routes built by dogma functions such as dogma.%s[T]()",
				r.Invalid, firstRouteKind(h.Kind))
		case r.Type == nil:
			add(NilRouteType, r, "%sRoute has a nil Type; build the route with dogma.%[1]s[T]() instead of a struct literal",
				h.Timeouts.route(r.Kind))
		default:
			ps = append(ps, checkRouteType(r, entity, h.Timeouts)...)
		}
	}
	return ps
}

// checkRouteType checks the message type of one route; n are the program's
// names for timeouts.
func checkRouteType(r Route, entity string, n TimeoutNames) []Problem {
	t := r.Type
	want := r.Kind.MessageKind()
	route := n.route(r.Kind)
	if t.Interface {
		return []Problem{newProblem(RouteInterfaceType, entity, r.Pos, fmt.Sprintf(
			"%s route for interface type %s matches no message, because engines route by a message's concrete type; route each concrete %s type instead",
			route, t.display(), n.kind(want)))}
	}

	var ps []Problem
	kinds := t.Implements
	switch {
	case t.Pointer && t.Implements != 0 && t.ElemImplements != 0:
		k := firstKind(t.ElemImplements)
		ps = append(ps, newProblem(RouteReceiver, entity, r.Pos, fmt.Sprintf(
			"%s does not use a pointer receiver to implement %s; route %s instead",
			t.display(), n.iface(k), elemDisplay(t))))
	case !t.Pointer && t.Implements == 0 && t.PointerImplements != 0:
		kinds = t.PointerImplements
		k := firstKind(kinds)
		ps = append(ps, newProblem(RouteReceiver, entity, r.Pos, fmt.Sprintf(
			"%s uses a pointer receiver to implement %s; route *%s instead",
			t.display(), n.iface(k), t.display())))
	}

	switch {
	case kinds == 0:
		ps = append(ps, newProblem(RouteMessageKind, entity, r.Pos, fmt.Sprintf(
			"%s route for %s, which implements none of dogma.Command, dogma.Event and %s; route %s type that implements %s",
			route, t.display(), n.iface(Timeout), n.article(want), n.iface(want))))
	case !kinds.Has(want):
		got := firstKind(kinds)
		ps = append(ps, newProblem(RouteMessageKind, entity, r.Pos, fmt.Sprintf(
			"%s route for %s, which is %s, not %s; use a route for %ss or route %s type",
			route, t.display(), n.article(got), n.article(want), n.kind(got), n.article(want))))
	}
	return ps
}

// firstKind returns the lowest message kind in s; a Go type implements at
// most one, since their Validate methods differ.
func firstKind(s MessageKindSet) MessageKind {
	for _, k := range []MessageKind{Command, Event, Timeout} {
		if s.Has(k) {
			return k
		}
	}
	return Command
}

// firstRouteKind is an example route kind a handler of kind k accepts.
func firstRouteKind(k HandlerKind) RouteKind {
	switch k {
	case ProcessHandler, ProjectionHandler:
		return HandlesEventRoute
	}
	return HandlesCommandRoute
}

// display returns the type as a user reads it.
func (t *MessageType) display() string {
	if t.Display != "" {
		return t.Display
	}
	return t.Name
}

// elemDisplay returns the display name of the pointer type t's element type.
func elemDisplay(t *MessageType) string {
	d := t.display()
	if len(d) > 0 && d[0] == '*' {
		return d[1:]
	}
	return d
}
