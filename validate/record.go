package validate

import (
	"fmt"
	"reflect"

	"github.com/dogmatiq/dogma"
)

// The run-time front end: recording configurers that capture what a live
// Configure method does, without judging it, so that the rules can report
// every problem at once. A panic inside Configure is recovered and recorded;
// the parts of the model Configure may not have reached are then marked
// incomplete, so no rule reports them as missing.

// Application checks a live application and every handler it registers and
// returns all problems, in the order CheckApplication documents. It never
// panics: a panic inside a Configure method is reported as a problem.
func Application(app dogma.Application) []Problem {
	return CheckApplication(FromApplication(app))
}

// Aggregate checks a live aggregate message handler as CheckHandler does.
func Aggregate(h dogma.AggregateMessageHandler) []Problem { return CheckHandler(FromAggregate(h)) }

// Process checks a live process message handler as CheckHandler does.
func Process(h dogma.ProcessMessageHandler) []Problem { return CheckHandler(FromProcess(h)) }

// Integration checks a live integration message handler as CheckHandler
// does.
func Integration(h dogma.IntegrationMessageHandler) []Problem {
	return CheckHandler(FromIntegration(h))
}

// Projection checks a live projection message handler as CheckHandler does.
func Projection(h dogma.ProjectionMessageHandler) []Problem { return CheckHandler(FromProjection(h)) }

// FromApplication records the configuration of a live application, and of
// each handler it registers, by calling their Configure methods.
func FromApplication(app dogma.Application) (a *App) {
	a = &App{GoType: goTypeOf(app), IdentitiesComplete: true, RegistrationsComplete: true}
	if app == nil {
		a.ConfigurePanic = "runtime error: invalid memory address or nil pointer dereference (the dogma.Application is nil)"
		a.IdentitiesComplete, a.RegistrationsComplete = false, false
		return a
	}
	defer func() {
		if r := recover(); r != nil {
			a.ConfigurePanic = fmt.Sprint(r)
			a.IdentitiesComplete, a.RegistrationsComplete = false, false
		}
	}()
	app.Configure(&appRecorder{a})
	return a
}

// FromAggregate records the configuration of a live aggregate.
func FromAggregate(h dogma.AggregateMessageHandler) *Handler {
	return record(AggregateHandler, h, func(r *handlerRecorder) { h.Configure(aggregateRecorder{r}) })
}

// FromProcess records the configuration of a live process.
func FromProcess(h dogma.ProcessMessageHandler) *Handler {
	return record(ProcessHandler, h, func(r *handlerRecorder) { h.Configure(processRecorder{r}) })
}

// FromIntegration records the configuration of a live integration.
func FromIntegration(h dogma.IntegrationMessageHandler) *Handler {
	return record(IntegrationHandler, h, func(r *handlerRecorder) { h.Configure(integrationRecorder{r}) })
}

// FromProjection records the configuration of a live projection.
func FromProjection(h dogma.ProjectionMessageHandler) *Handler {
	return record(ProjectionHandler, h, func(r *handlerRecorder) { h.Configure(projectionRecorder{r}) })
}

// record runs configure against a fresh recorder. v is the handler as an
// untyped value, for its Go type and nil check.
func record(kind HandlerKind, v any, configure func(*handlerRecorder)) (h *Handler) {
	h = &Handler{
		Kind:               kind,
		GoType:             goTypeOf(v),
		IdentitiesComplete: true,
		RoutesComplete:     true,
		DisabledKnown:      true,
	}
	if v == nil {
		h.ConfigurePanic = "runtime error: invalid memory address or nil pointer dereference (the " + kind.dogmaInterface() + " is nil)"
		h.IdentitiesComplete, h.RoutesComplete, h.DisabledKnown = false, false, false
		return h
	}
	defer func() {
		if r := recover(); r != nil {
			h.ConfigurePanic = fmt.Sprint(r)
			h.IdentitiesComplete, h.RoutesComplete, h.DisabledKnown = false, false, false
		}
	}()
	configure(&handlerRecorder{h})
	return h
}

func goTypeOf(v any) string {
	if v == nil {
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}

type appRecorder struct{ a *App }

func (c *appRecorder) Identity(n, k string) {
	c.a.Identities = append(c.a.Identities, knownIdentity(n, k))
}

func (c *appRecorder) RegisterAggregate(h dogma.AggregateMessageHandler, _ ...dogma.RegisterAggregateOption) {
	c.register(AggregateHandler, h == nil, func() *Handler { return FromAggregate(h) })
}

func (c *appRecorder) RegisterProcess(h dogma.ProcessMessageHandler, _ ...dogma.RegisterProcessOption) {
	c.register(ProcessHandler, h == nil, func() *Handler { return FromProcess(h) })
}

func (c *appRecorder) RegisterIntegration(h dogma.IntegrationMessageHandler, _ ...dogma.RegisterIntegrationOption) {
	c.register(IntegrationHandler, h == nil, func() *Handler { return FromIntegration(h) })
}

func (c *appRecorder) RegisterProjection(h dogma.ProjectionMessageHandler, _ ...dogma.RegisterProjectionOption) {
	c.register(ProjectionHandler, h == nil, func() *Handler { return FromProjection(h) })
}

// register records one registration; a nil handler (a nil interface value)
// is recorded as such rather than configured.
func (c *appRecorder) register(kind HandlerKind, isNil bool, from func() *Handler) {
	r := Registration{Kind: kind}
	if !isNil {
		r.Handler = from()
	}
	c.a.Registrations = append(c.a.Registrations, r)
}

func knownIdentity(n, k string) Identity {
	return Identity{Name: n, Key: k, NameKnown: true, KeyKnown: true}
}

// handlerRecorder records the calls common to every handler configurer.
type handlerRecorder struct{ h *Handler }

func (c *handlerRecorder) Identity(n, k string) {
	c.h.Identities = append(c.h.Identities, knownIdentity(n, k))
}

func (c *handlerRecorder) Disable(...dogma.DisableOption) { c.h.Disabled = true }

func (c *handlerRecorder) route(v any) {
	c.h.Routes = append(c.h.Routes, routeOf(v))
}

// routeOf converts a route value passed to Routes() into the model.
func routeOf(v any) Route {
	switch r := v.(type) {
	case dogma.HandlesCommandRoute:
		return Route{Kind: HandlesCommandRoute, Type: MessageTypeOf(r.Type)}
	case dogma.RecordsEventRoute:
		return Route{Kind: RecordsEventRoute, Type: MessageTypeOf(r.Type)}
	case dogma.HandlesEventRoute:
		return Route{Kind: HandlesEventRoute, Type: MessageTypeOf(r.Type)}
	case dogma.ExecutesCommandRoute:
		return Route{Kind: ExecutesCommandRoute, Type: MessageTypeOf(r.Type)}
	case dogma.SchedulesTimeoutRoute:
		return Route{Kind: SchedulesTimeoutRoute, Type: MessageTypeOf(r.Type)}
	case nil:
		return Route{Invalid: "<nil>"}
	}
	return Route{Invalid: reflect.TypeOf(v).String()}
}

type aggregateRecorder struct{ *handlerRecorder }

func (c aggregateRecorder) Routes(routes ...dogma.AggregateRoute) {
	for _, r := range routes {
		c.route(r)
	}
}

type processRecorder struct{ *handlerRecorder }

func (c processRecorder) Routes(routes ...dogma.ProcessRoute) {
	for _, r := range routes {
		c.route(r)
	}
}

type integrationRecorder struct{ *handlerRecorder }

func (c integrationRecorder) Routes(routes ...dogma.IntegrationRoute) {
	for _, r := range routes {
		c.route(r)
	}
}

type projectionRecorder struct{ *handlerRecorder }

func (c projectionRecorder) Routes(routes ...dogma.ProjectionRoute) {
	for _, r := range routes {
		c.route(r)
	}
}

func (c projectionRecorder) DeliveryPolicy(p dogma.ProjectionDeliveryPolicy) {
	c.h.DeliveryPolicies = append(c.h.DeliveryPolicies, DeliveryPolicy{Nil: p == nil})
}
