package dogmaapi

import (
	"go/types"

	"github.com/dogmavet/dogmavet/validate"
)

// Entity is what a Configure method configures.
type Entity int

const (
	NotEntity Entity = iota
	ApplicationEntity
	HandlerEntity
)

// ConfigurerKind classifies t as one of the API's configurer interfaces:
// ApplicationConfigurer, or a handler configurer and its handler kind.
func (a *API) ConfigurerKind(t types.Type) (Entity, validate.HandlerKind) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return NotEntity, 0
	}
	obj := n.Origin().Obj()
	if obj == a.ApplicationConfigurer {
		return ApplicationEntity, 0
	}
	for k, c := range a.Configurers {
		if obj == c {
			return HandlerEntity, validate.HandlerKind(k)
		}
	}
	return NotEntity, 0
}

// IsConfigurer reports whether t is one of the API's configurer interfaces.
func (a *API) IsConfigurer(t types.Type) bool {
	e, _ := a.ConfigurerKind(t)
	return e != NotEntity
}

// IsAPIMethod reports whether fn is a method declared in the dogma package
// (an interface method of a configurer or scope, say), as a selection's
// Obj() is.
func (a *API) IsAPIMethod(fn *types.Func) bool {
	return fn != nil && fn.Pkg() == a.Pkg && fn.Signature().Recv() != nil
}

// RegisterMethod returns the handler kind that the ApplicationConfigurer
// method called name registers: RegisterAggregate and the others, on the
// generations that register handlers so (Registration == RegisterMethods).
func (a *API) RegisterMethod(name string) (validate.HandlerKind, bool) {
	k, ok := a.registerMethods[name]
	return k, ok
}

// ViaFunc returns the handler kind of a handler route function (ViaAggregate
// and the others, Registration == HandlerRoutes). fn may be an instance of
// the generic ViaAggregate or ViaProcess (v0.23.0 on).
func (a *API) ViaFunc(fn *types.Func) (validate.HandlerKind, bool) {
	if fn == nil {
		return 0, false
	}
	k, ok := a.viaFuncs[fn.Origin()]
	return k, ok
}

// HandlerRouteStruct returns the handler kind of a handler route struct type
// (AggregateHandlerRoute and the others).
func (a *API) HandlerRouteStruct(t types.Type) (validate.HandlerKind, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return 0, false
	}
	k, ok := a.handlerRoutes[n.Origin().Obj()]
	return k, ok
}

// IsHandlerRouteType reports whether values of type t can hold handler
// routes: HandlerRoute or a handler route struct.
func (a *API) IsHandlerRouteType(t types.Type) bool {
	if _, ok := a.HandlerRouteStruct(t); ok {
		return true
	}
	return a.Registration == HandlerRoutes && isNamed(t, a.lookup("HandlerRoute"))
}

// RouteFunc returns the route kind of a message route function:
// HandlesCommand, RecordsEvent, HandlesEvent, ExecutesCommand and
// SchedulesTimeout (SchedulesDeadline from v0.24.0). fn may be an instance
// (HandlesCommand[T]) or the generic function itself.
func (a *API) RouteFunc(fn *types.Func) (validate.RouteKind, bool) {
	if fn == nil {
		return 0, false
	}
	k, ok := a.routeFuncs[fn.Origin()]
	return k, ok
}

// RouteStruct returns the route kind of a message route struct type
// (HandlesCommandRoute and the others). Route structs can be written as
// literals before v0.16.0; from v0.16.0 their fields are unexported and only
// the route functions build them.
func (a *API) RouteStruct(t types.Type) (validate.RouteKind, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return 0, false
	}
	k, ok := a.routeStructs[n.Origin().Obj()]
	return k, ok
}

// IsRouteValueType reports whether values of type t can hold message
// routes: a route struct, one of the API's route interfaces (Route,
// MessageRoute, AggregateRoute...), or the unnamed interface that the route
// functions return from v0.16.0, such as interface{ AggregateRoute;
// IntegrationRoute }.
func (a *API) IsRouteValueType(t types.Type) bool {
	t = types.Unalias(t)
	if _, ok := a.RouteStruct(t); ok {
		return true
	}
	if n, ok := t.(*types.Named); ok {
		return a.routeIfaces[n.Origin().Obj()]
	}
	it, ok := t.(*types.Interface)
	if !ok || it.NumEmbeddeds() == 0 || it.NumExplicitMethods() != 0 {
		return false
	}
	for i := range it.NumEmbeddeds() {
		n, ok := types.Unalias(it.EmbeddedType(i)).(*types.Named)
		if !ok || !a.routeIfaces[n.Obj()] {
			return false
		}
	}
	return true
}

// IsRouteSliceType reports whether t is a slice of route values.
func (a *API) IsRouteSliceType(t types.Type) bool {
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && a.IsRouteValueType(s.Elem())
}

// RegistryFunc returns the kind of message that a message type registry
// function registers: RegisterCommand, RegisterEvent and RegisterTimeout
// (RegisterDeadline from v0.24.0). fn may be an instance, as a call's
// callee is (RegisterEvent[*AccountOpened]).
func (a *API) RegistryFunc(fn *types.Func) (validate.MessageKind, bool) {
	if fn == nil {
		return 0, false
	}
	k, ok := a.registryFuncs[fn.Origin()]
	return k, ok
}

// RouteFuncName returns the name of the route function that builds routes
// of kind k in this API, e.g. "SchedulesDeadline" for
// validate.SchedulesTimeoutRoute from v0.24.0, for findings that tell the
// user which route to add.
func (a *API) RouteFuncName(k validate.RouteKind) string {
	if k == validate.SchedulesTimeoutRoute {
		return a.Names.SchedulesTimeout
	}
	return k.String()
}
