package dogmaconfig

import (
	"go/types"

	"github.com/dogmavet/dogmavet/analyzer/internal/typeparams"
	"github.com/dogmavet/dogmavet/validate"
)

// handlerModel builds the validate model of a handler summary. typeArgs
// instantiate routes whose type is a type parameter of the handler; routes
// that cannot be instantiated make the model's routes incomplete. localTypes,
// when not nil, is parallel to s.Routes and gives the go/types message
// types; the returned slice is parallel to the model's routes.
func (x *extractor) handlerModel(s *HandlerSummary, typeArgs []types.Type, localTypes []types.Type) (*validate.Handler, []types.Type) {
	h := &validate.Handler{
		Kind:               s.Kind,
		GoType:             s.GoType,
		Identities:         x.identities(s.Identities),
		IdentitiesComplete: s.IdentitiesComplete,
		IdentitySkips:      x.identitySkips(s.IdentitySkips),
		IdentityRepeats:    x.identityRepeats(s.IdentityRepeats),
		RoutesComplete:     s.RoutesComplete,
		Disabled:           s.Disabled,
		DisabledKnown:      s.DisabledKnown,
		Pos:                x.res.Pos(s.Pos),
	}
	var rtypes []types.Type
	for i, r := range s.Routes {
		route := validate.Route{
			Kind:    r.Kind,
			Type:    r.Type,
			Invalid: r.Invalid,
			Literal: r.Literal,
			Pos:     x.res.Pos(r.Pos),
		}
		var t types.Type
		if i < len(localTypes) {
			t = localTypes[i]
		}
		if r.TypeParam > 0 {
			idx := r.TypeParam - 1
			if idx >= len(typeArgs) || typeparams.In(typeArgs[idx]) {
				h.RoutesComplete = false
				continue
			}
			t = typeArgs[idx]
			if r.TypeParamPointer {
				t = types.NewPointer(t)
			}
			route.Type = x.api.MessageType(t)
		}
		h.Routes = append(h.Routes, route)
		rtypes = append(rtypes, t)
	}
	for _, p := range s.DeliveryPolicies {
		h.DeliveryPolicies = append(h.DeliveryPolicies, validate.DeliveryPolicy{Nil: p.Nil, Pos: x.res.Pos(p.Pos)})
	}
	if len(s.RouteFields) > 0 {
		// The routes held in fields are known only where registered.
		h.RoutesComplete = false
	}
	if len(s.Delegates) > 0 {
		// The delegate's configuration is known only once instantiated.
		h.IdentitiesComplete, h.RoutesComplete, h.DisabledKnown = false, false, false
	}
	return h, rtypes
}

func (x *extractor) identities(ids []IdentitySummary) []validate.Identity {
	var out []validate.Identity
	for _, id := range ids {
		out = append(out, validate.Identity{
			Name:      id.Name,
			Key:       id.Key,
			NameKnown: id.NameKnown,
			KeyKnown:  id.KeyKnown,
			Pos:       x.res.Pos(id.Pos),
			NamePos:   x.res.Pos(id.NamePos),
			KeyPos:    x.res.Pos(id.KeyPos),
		})
	}
	return out
}

// applicationModel builds the validate model of an application.
func (x *extractor) applicationModel(s *ApplicationSummary) *validate.App {
	a := &validate.App{
		GoType:                s.GoType,
		Identities:            x.identities(s.Identities),
		IdentitiesComplete:    s.IdentitiesComplete,
		IdentitySkips:         x.identitySkips(s.IdentitySkips),
		IdentityRepeats:       x.identityRepeats(s.IdentityRepeats),
		RegistrationsComplete: s.RegistrationsComplete,
		Pos:                   x.res.Pos(s.Pos),
	}
	for _, r := range s.Registrations {
		reg := validate.Registration{Kind: r.Kind, Func: r.Func, NilType: r.NilType, Pos: x.res.Pos(r.Pos)}
		if r.Handler != nil {
			// Registered summaries are already instantiated.
			reg.Handler, _ = x.handlerModel(r.Handler, nil, nil)
		}
		a.Registrations = append(a.Registrations, reg)
	}
	return a
}

// maxInstantiation bounds the nesting of generic handlers delegating to
// generic handlers.
const maxInstantiation = 8

// instantiate returns s with the routes whose type is a type parameter
// replaced by the type arguments, and delegated Configure calls replaced by
// the configuration of the type argument they call.
func (x *extractor) instantiate(s *HandlerSummary, typeArgs []types.Type) *HandlerSummary {
	return x.instantiateDepth(s, typeArgs, 0)
}

func (x *extractor) instantiateDepth(s *HandlerSummary, typeArgs []types.Type, depth int) *HandlerSummary {
	out := *s
	out.Routes = nil
	out.Delegates = nil
	out.Identities = append([]IdentitySummary(nil), s.Identities...)
	out.DeliveryPolicies = append([]PolicySummary(nil), s.DeliveryPolicies...)
	for _, r := range s.Routes {
		if r.TypeParam > 0 {
			idx := r.TypeParam - 1
			if idx >= len(typeArgs) || typeparams.In(typeArgs[idx]) {
				out.RoutesComplete = false
				continue
			}
			t := typeArgs[idx]
			if r.TypeParamPointer {
				t = types.NewPointer(t)
			}
			r.Type = x.api.MessageType(t)
			r.TypeParam, r.TypeParamPointer = 0, false
		}
		out.Routes = append(out.Routes, r)
	}
	for _, d := range s.Delegates {
		inner := x.delegate(s.Kind, d, typeArgs, depth)
		if inner == nil {
			out.IdentitiesComplete, out.RoutesComplete, out.DisabledKnown = false, false, false
			out.Delegates = append(out.Delegates, d)
			continue
		}
		out.Identities = append(out.Identities, withoutFields(inner.Identities)...)
		out.Routes = append(out.Routes, inner.Routes...)
		if len(inner.RouteFields) > 0 {
			out.RoutesComplete = false
		}
		out.DeliveryPolicies = append(out.DeliveryPolicies, inner.DeliveryPolicies...)
		out.IdentitiesComplete = out.IdentitiesComplete && inner.IdentitiesComplete
		out.RoutesComplete = out.RoutesComplete && inner.RoutesComplete
		out.DisabledKnown = out.DisabledKnown && inner.DisabledKnown
		out.Disabled = out.Disabled || inner.Disabled
	}
	return &out
}

// delegate returns the instantiated configuration of the type argument a
// delegated Configure call reaches, or nil when it is not known.
func (x *extractor) delegate(kind validate.HandlerKind, d DelegateSummary, typeArgs []types.Type, depth int) *HandlerSummary {
	idx := d.TypeParam - 1
	if idx < 0 || idx >= len(typeArgs) || depth >= maxInstantiation {
		return nil
	}
	t := typeArgs[idx]
	if typeparams.In(t) || !validType(t) || types.IsInterface(t) {
		return nil
	}
	tn, args := x.configureOwner(t)
	if tn == nil {
		return nil
	}
	sum := x.handlerSummary(tn)
	if sum == nil || sum.Kind != kind {
		return nil
	}
	return x.instantiateDepth(sum, args, depth+1)
}

// configureOwner returns the type name declaring the Configure method of
// type t (the generic origin), with the type arguments of its receiver.
func (x *extractor) configureOwner(t types.Type) (*types.TypeName, []types.Type) {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Configure")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return nil, nil
	}
	rt := types.Unalias(fn.Signature().Recv().Type())
	if p, ok := rt.(*types.Pointer); ok {
		rt = types.Unalias(p.Elem())
	}
	named, ok := rt.(*types.Named)
	if !ok {
		return nil, nil
	}
	var args []types.Type
	for i := 0; i < named.TypeArgs().Len(); i++ {
		args = append(args, named.TypeArgs().At(i))
	}
	return named.Origin().Obj(), args
}
