package dogmaapi

import (
	"go/types"

	"github.com/dogmavet/dogmavet/validate"
)

// scopeNames lists the scope interfaces of every generation; each API keeps
// those it has.
var scopeNames = []string{
	"HandlerScope", "AggregateCommandScope", "ProcessScope", "ProcessEventScope",
	"ProcessTimeoutScope", "ProcessDeadlineScope", "IntegrationCommandScope",
	"ProjectionEventScope", "ProjectionCompactScope", "ProjectionResetScope",
}

// objects fills the maps the recognisers use; recognition has checked that
// the generation's names are there.
func (a *API) objects() string {
	nm := &a.Names
	for i, tn := range []*types.TypeName{a.Command, a.Event, a.Timeout} {
		a.messageIfaces[i] = iface(tn)
	}

	a.Scopes = map[string]*types.TypeName{}
	for _, name := range scopeNames {
		if tn := a.lookup(name); iface(tn) != nil {
			a.Scopes[name] = tn
		}
	}

	a.Behaviors = map[Behavior]*types.TypeName{}
	for b, name := range map[Behavior]string{
		NoTimeoutMessagesBehavior: nm.NoTimeoutMessagesBehavior,
		StatelessProcessBehavior:  "StatelessProcessBehavior",
		NoCompactBehavior:         "NoCompactBehavior",
		NoSnapshotBehavior:        "NoSnapshotBehavior",
		NoResetBehavior:           "NoResetBehavior",
	} {
		if tn := a.lookup(name); tn != nil {
			if _, ok := tn.Type().Underlying().(*types.Struct); ok {
				a.Behaviors[b] = tn
			}
		}
	}
	if a.Behaviors[NoTimeoutMessagesBehavior] == nil {
		return "no " + nm.NoTimeoutMessagesBehavior + " type"
	}

	a.routeFuncs = map[*types.Func]validate.RouteKind{}
	a.routeStructs = map[*types.TypeName]validate.RouteKind{}
	for k, name := range map[validate.RouteKind]string{
		validate.HandlesCommandRoute:   "HandlesCommand",
		validate.RecordsEventRoute:     "RecordsEvent",
		validate.HandlesEventRoute:     "HandlesEvent",
		validate.ExecutesCommandRoute:  "ExecutesCommand",
		validate.SchedulesTimeoutRoute: nm.SchedulesTimeout,
	} {
		a.routeFuncs[a.lookupFunc(name)] = k
		structName := name + "Route"
		if tn := a.lookup(structName); tn != nil {
			if _, ok := tn.Type().Underlying().(*types.Struct); ok {
				a.routeStructs[tn] = k
			}
		}
	}
	a.routeIfaces = map[*types.TypeName]bool{}
	for _, name := range []string{"Route", "MessageRoute", "AggregateRoute", "ProcessRoute", "IntegrationRoute", "ProjectionRoute"} {
		if tn := a.lookup(name); iface(tn) != nil {
			a.routeIfaces[tn] = true
		}
	}

	a.registerMethods = map[string]validate.HandlerKind{}
	a.viaFuncs = map[*types.Func]validate.HandlerKind{}
	a.handlerRoutes = map[*types.TypeName]validate.HandlerKind{}
	switch a.Registration {
	case RegisterMethods:
		for k, name := range registerMethodNames {
			a.registerMethods[name] = validate.HandlerKind(k)
		}
	case HandlerRoutes:
		for k, name := range viaFuncNames {
			a.viaFuncs[a.lookupFunc(name)] = validate.HandlerKind(k)
		}
		for k, name := range []string{"AggregateHandlerRoute", "ProcessHandlerRoute", "IntegrationHandlerRoute", "ProjectionHandlerRoute"} {
			if tn := a.lookup(name); tn != nil {
				a.handlerRoutes[tn] = validate.HandlerKind(k)
			}
		}
	}

	a.registryFuncs = map[*types.Func]validate.MessageKind{}
	if a.Registry {
		for k, name := range map[validate.MessageKind]string{
			validate.Command: "RegisterCommand",
			validate.Event:   "RegisterEvent",
			validate.Timeout: nm.RegisterTimeout,
		} {
			a.registryFuncs[a.lookupFunc(name)] = k
		}
	}
	return ""
}
