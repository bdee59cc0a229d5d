package dogmaconfig

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/values"
)

// effects accumulates the configurer calls of one Configure method,
// including those made by the helpers it calls.
type effects struct {
	app bool

	handler HandlerSummary
	// routeTypes is parallel to handler.Routes: the go/types message type, or
	// nil when the route's type is nil, a type parameter or invalid.
	routeTypes []types.Type
	// policyUnknown is set when DeliveryPolicy() may be called with a value
	// extraction cannot tell nil from non-nil.
	policyUnknown bool

	application   ApplicationSummary
	registrations []registrationInfo

	// mergeDepth counts the if/else statements being compared branch by
	// branch (see sameInBothBranches), across helper calls.
	mergeDepth int

	// bound maps the receiver of Configure, and of the methods it calls on
	// it, to the registered handler value whose fields are known (see
	// registered.go); nil for a handler extracted on its own.
	bound map[*types.Var]values.Value
	// registeredIn is the frame of the RegisterX call that registered the
	// bound value, where its fields' expressions are evaluated.
	registeredIn *frame

	// recvTypeParams are the receiver type parameters of the Configure
	// method; routes whose type is one of them are recorded by index.
	recvTypeParams *types.TypeParamList
}

// registrationInfo is the go/types side of one registration.
type registrationInfo struct {
	// handlerType is the registered value's static type (nil for a nil
	// handler).
	handlerType types.Type
	// object is the type name declaring the registered handler's Configure
	// method (the generic origin for instantiated types).
	object *types.TypeName
	// typeArgs are the type arguments of the receiver of that Configure.
	typeArgs []types.Type
	call     *ast.CallExpr
	summary  *HandlerSummary
	// declared is the handler type's own summary where the registered one
	// differs: uninstantiated for a generic handler, without the registered
	// value's fields for a value whose fields are known.
	declared *HandlerSummary
	// nilType is the type of a registered nil pointer whose Configure
	// certainly panics; "" otherwise.
	nilType string
	pos     token.Pos
}

func newEffects(app bool, recvTypeParams *types.TypeParamList) *effects {
	e := &effects{app: app, recvTypeParams: recvTypeParams}
	e.handler.IdentitiesComplete = true
	e.handler.RoutesComplete = true
	e.handler.DisabledKnown = true
	e.application.IdentitiesComplete = true
	e.application.RegistrationsComplete = true
	return e
}

// unknownAll records that the configurer escaped where extraction cannot
// follow it: any part of the configuration may have been changed.
func (e *effects) unknownAll() {
	e.identitiesIncomplete()
	e.handler.RoutesComplete = false
	e.handler.DisabledKnown = false
	e.policyUnknown = true
	e.application.RegistrationsComplete = false
}

func (e *effects) identitiesIncomplete() {
	e.handler.IdentitiesComplete = false
	e.application.IdentitiesComplete = false
}

func (e *effects) addIdentity(id IdentitySummary) {
	if e.app {
		e.application.Identities = append(e.application.Identities, id)
	} else {
		e.handler.Identities = append(e.handler.Identities, id)
	}
}

// unknownMethod records a configurer call on some but not every path (or
// one extraction cannot evaluate): the part it changes is incomplete.
func (e *effects) unknownMethod(name string) {
	switch name {
	case "Identity":
		e.identitiesIncomplete()
	case "Routes":
		// On the application, Routes registers handlers.
		e.handler.RoutesComplete = false
		e.application.RegistrationsComplete = false
	case "Disable":
		e.handler.DisabledKnown = false
	case "DeliveryPolicy":
		e.policyUnknown = true
	case "ConcurrencyPreference":
		// No rule reads it.
	case "RegisterAggregate", "RegisterProcess", "RegisterIntegration", "RegisterProjection":
		e.application.RegistrationsComplete = false
	default:
		e.unknownAll()
	}
}

// merge adds the configuration of a handler whose Configure this one calls
// on every path.
func (e *effects) merge(inner *HandlerSummary) {
	// The inner handler's fields are not this handler's.
	e.handler.Identities = append(e.handler.Identities, withoutFields(inner.Identities)...)
	if len(inner.RouteFields) > 0 {
		e.handler.RoutesComplete = false
	}
	for _, r := range inner.Routes {
		e.handler.Routes = append(e.handler.Routes, r)
		// The message type is described, but its go/types type lives in
		// another package's pass.
		e.routeTypes = append(e.routeTypes, nil)
	}
	e.handler.DeliveryPolicies = append(e.handler.DeliveryPolicies, inner.DeliveryPolicies...)
	e.handler.IdentitiesComplete = e.handler.IdentitiesComplete && inner.IdentitiesComplete
	e.handler.RoutesComplete = e.handler.RoutesComplete && inner.RoutesComplete
	e.handler.DisabledKnown = e.handler.DisabledKnown && inner.DisabledKnown
	e.handler.Disabled = e.handler.Disabled || inner.Disabled
}
