package validate

import (
	"fmt"
	"go/token"
)

// CheckHandler applies the handler's own rules: identity (R1-R4, D1-D3),
// required routes (R5-R10), duplicate routes (R11), route values (R20b-e and
// message-kind mismatch), nil delivery policies (R18) and a panicking
// Configure. It validates h as configkit's FromAggregate etc. do: a disabled
// handler is checked like any other (the R19 skip applies only within an
// application; see CheckApplication).
//
// Rules that need a whole part of the configuration (a missing identity, a
// missing route) fire only when that part is complete; identity values that
// are not known are never reported. Problems are ordered by rule (catalog
// order), then by position, then by call order.
func CheckHandler(h *Handler) []Problem {
	if h == nil {
		return nil
	}
	entity := h.Entity()
	var ps []Problem
	if h.ConfigurePanic != "" {
		ps = append(ps, configurePanicProblem(entity, h.ConfigurePanic, h.Pos))
	}
	ps = append(ps, checkIdentities(entity, "handler", h.Identities, h.IdentitiesComplete, h.Keys, h.Pos)...)
	ps = append(ps, checkIdentityPaths(entity, h.Identities, h.IdentitySkips, h.IdentityRepeats)...)
	ps = append(ps, checkRouteValues(h, entity)...)
	ps = append(ps, checkDuplicateRoutes(h, entity)...)
	ps = append(ps, checkRequiredRoutes(h, entity)...)
	for _, dp := range h.DeliveryPolicies {
		if dp.Nil {
			ps = append(ps, newProblem(NilDeliveryPolicy, entity, dp.Pos,
				"DeliveryPolicy is called with nil; pass dogma.UnicastProjectionDeliveryPolicy{} or dogma.BroadcastProjectionDeliveryPolicy{}, or remove the call"))
		}
	}
	sortProblems(ps)
	return ps
}

// Skipped reports whether an application leaves h out entirely, exactly as
// configkit does (R19): the handler is disabled and configures nothing else,
// that is no identity, no route and (for a projection) no delivery policy.
// A partial model is never skipped, since the unknown part may configure
// something.
func Skipped(h *Handler) bool {
	return h != nil && h.Disabled && h.IdentitiesComplete && h.RoutesComplete &&
		configuresNothing(h)
}

// mayBeSkipped reports whether h may be skipped under R19, given what the
// model does not know. Such a handler has no known configuration, so the
// only problems it could have are missing ones, which are not problems if
// the application skips it.
func mayBeSkipped(h *Handler) bool {
	return (h.Disabled || !h.DisabledKnown) && configuresNothing(h)
}

func configuresNothing(h *Handler) bool {
	return len(h.Identities) == 0 && len(h.Routes) == 0 &&
		len(h.DeliveryPolicies) == 0 && h.ConfigurePanic == ""
}

func configurePanicProblem(entity, value string, pos token.Pos) Problem {
	return newProblem(ConfigurePanic, entity, pos, fmt.Sprintf(
		"Configure panics with %s; make Configure return normally so that the configuration can be checked",
		quoteLimit(value, 200)))
}
