package dogmaconfig

import (
	"go/types"

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
		RoutesComplete:     s.RoutesComplete,
		Disabled:           s.Disabled,
		DisabledKnown:      s.DisabledKnown,
		Pos:                x.res.pos(s.Pos),
	}
	var rtypes []types.Type
	for i, r := range s.Routes {
		route := validate.Route{
			Kind:    r.Kind,
			Type:    r.Type,
			Invalid: r.Invalid,
			Literal: r.Literal,
			Pos:     x.res.pos(r.Pos),
		}
		var t types.Type
		if i < len(localTypes) {
			t = localTypes[i]
		}
		if r.TypeParam > 0 {
			idx := r.TypeParam - 1
			if idx >= len(typeArgs) || containsTypeParam(typeArgs[idx]) {
				h.RoutesComplete = false
				continue
			}
			t = typeArgs[idx]
			if r.TypeParamPointer {
				t = types.NewPointer(t)
			}
			route.Type = x.d.messageType(t)
		}
		h.Routes = append(h.Routes, route)
		rtypes = append(rtypes, t)
	}
	for _, p := range s.DeliveryPolicies {
		h.DeliveryPolicies = append(h.DeliveryPolicies, validate.DeliveryPolicy{Nil: p.Nil, Pos: x.res.pos(p.Pos)})
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
			Pos:       x.res.pos(id.Pos),
			NamePos:   x.res.pos(id.NamePos),
			KeyPos:    x.res.pos(id.KeyPos),
		})
	}
	return out
}

// applicationModel builds the validate model of an application.
func (x *extractor) applicationModel(s *ApplicationSummary) *validate.Application {
	a := &validate.Application{
		GoType:                s.GoType,
		Identities:            x.identities(s.Identities),
		IdentitiesComplete:    s.IdentitiesComplete,
		RegistrationsComplete: s.RegistrationsComplete,
		Pos:                   x.res.pos(s.Pos),
	}
	for _, r := range s.Registrations {
		reg := validate.Registration{Kind: r.Kind, Pos: x.res.pos(r.Pos)}
		if r.Handler != nil {
			// Registered summaries are already instantiated.
			reg.Handler, _ = x.handlerModel(r.Handler, nil, nil)
		}
		a.Registrations = append(a.Registrations, reg)
	}
	return a
}

// instantiate returns s with the routes whose type is a type parameter
// replaced by the type arguments, for the application's fact.
func (x *extractor) instantiate(s *HandlerSummary, typeArgs []types.Type) *HandlerSummary {
	out := *s
	out.Routes = nil
	for _, r := range s.Routes {
		if r.TypeParam > 0 {
			idx := r.TypeParam - 1
			if idx >= len(typeArgs) || containsTypeParam(typeArgs[idx]) {
				out.RoutesComplete = false
				continue
			}
			t := typeArgs[idx]
			if r.TypeParamPointer {
				t = types.NewPointer(t)
			}
			r.Type = x.d.messageType(t)
			r.TypeParam, r.TypeParamPointer = 0, false
		}
		out.Routes = append(out.Routes, r)
	}
	return &out
}
