package validate

import "go/token"

// The message type registry of dogma v0.16.0 on: a program registers each
// message type once, with a UUID, by calling dogma.RegisterCommand[T](id),
// RegisterEvent or RegisterTimeout (RegisterDeadline from v0.24.0), usually
// from a package-level variable or an init function. A route to a type that
// is not registered panics (HandlesCommand[T]() and the other route
// functions look T up), and so do an ID that is not a UUID, a type
// registered twice and two types with one ID (messagetyperegistry.go,
// registerMessageType and mergeMessageType). The registry is keyed by the
// Go type, so T and *T are different entries.
//
// The model describes the registrations a program makes; the live front end
// runs on dogma v0.15.0, which has no registry, so only the static front end
// fills it.

// MessageRegistration is one call to a registry function.
type MessageRegistration struct {
	// Kind is the kind the function registers: Command for RegisterCommand,
	// Event for RegisterEvent, Timeout for RegisterTimeout and
	// RegisterDeadline.
	Kind MessageKind

	// Func is the function as the program's dogma names it, e.g.
	// "RegisterDeadline"; empty means the v0.16.0 name for Kind.
	Func string

	// Type is the type argument.
	Type *MessageType

	// ID is the id argument; IDKnown is false when the front end could not
	// evaluate it to a constant.
	ID      string
	IDKnown bool

	// Pos is the position of the call, IDPos that of the id argument;
	// token.NoPos where unknown.
	Pos, IDPos token.Pos
}

// Registry is every registration a program makes, in the order the program
// makes them (package initialisation order, as far as the front end knows
// it). Registrations holds only calls that certainly run once the program
// starts: a package-level variable's initialiser, or a statement of an init
// function that runs on every path; each call runs once.
type Registry struct {
	Registrations []MessageRegistration

	// Complete is true when Registrations holds every registration the
	// program makes: the front end saw every package of the program and
	// could follow every call to a registry function (its type argument, and
	// whether and how often it runs). message-type-unregistered needs it.
	Complete bool

	// Keys are the rules registry IDs follow: RFC9562Keys in every dogma
	// version that has the registry.
	Keys KeyRules

	// Deadlines is true when the program's dogma calls timeouts deadlines
	// (v0.24.0 on), so that fixes name RegisterDeadline.
	Deadlines bool
}

// MessageUse is a place that needs a message type to be registered: a route
// (its route function panics on an unregistered type), or a message a
// handler produces.
type MessageUse struct {
	// Type is the message type used; uses of a nil type are ignored.
	Type *MessageType

	// Kind is the kind of message the use needs.
	Kind MessageKind

	// Via says how the type is used, as the program's dogma names it, e.g.
	// "HandlesCommand route" or "RecordEvent call".
	Via string

	// Entity names the handler or application that uses the type, as
	// Handler.Entity does; problems are reported against it.
	Entity string

	Pos token.Pos
}

// RouteUses returns a use for every route of every handler that the
// application registers and does not skip, in registration and route order.
// Routes that are invalid, have no type or name an interface type are left
// out: invalid-route, nil-route-type and route-interface-type report them.
func RouteUses(a *App) []MessageUse {
	if a == nil {
		return nil
	}
	var us []MessageUse
	for _, r := range participants(a) {
		us = append(us, HandlerRouteUses(r.Handler)...)
	}
	return us
}

// HandlerRouteUses returns a use for every route of h, as RouteUses does.
// A route function runs, and panics, only when Configure runs, so the uses
// of a handler that no application registers prove nothing on their own.
func HandlerRouteUses(h *Handler) []MessageUse {
	if h == nil {
		return nil
	}
	var us []MessageUse
	for _, rt := range h.Routes {
		if rt.Invalid != "" || rt.Type == nil || rt.Type.Interface {
			continue
		}
		us = append(us, MessageUse{
			Type:   rt.Type,
			Kind:   rt.Kind.MessageKind(),
			Via:    rt.Kind.String() + " route",
			Entity: h.Entity(),
			Pos:    rt.Pos,
		})
	}
	return us
}

// registerFunc is the registry function for kind k in the program's dogma.
func (g *Registry) registerFunc(k MessageKind) string {
	switch k {
	case Command:
		return "RegisterCommand"
	case Event:
		return "RegisterEvent"
	}
	if g.Deadlines {
		return "RegisterDeadline"
	}
	return "RegisterTimeout"
}

// funcName is the registry function the registration calls.
func (r *MessageRegistration) funcName(g *Registry) string {
	if r.Func != "" {
		return r.Func
	}
	return g.registerFunc(r.Kind)
}

// entity names a registration in problems, e.g. "message type
// *messages.OpenAccount".
func (r *MessageRegistration) entity() string {
	if r.Type == nil {
		return "message type registration"
	}
	return "message type " + r.Type.display()
}
