package dogmaconfig

import (
	"go/ast"
	"go/types"
	"maps"
	"reflect"
)

// maxMergeDepth bounds how deeply nested if/else statements are compared
// branch by branch; each level walks its branches up to three times.
const maxMergeDepth = 3

// sameInBothBranches handles an if/else that runs on every path and whose
// two branches make the same configurer calls, as in
//
//	if h.legacy {
//		c.Identity("accounts", key)
//	} else {
//		c.Identity("accounts", key)
//	}
//
// Such calls are made on every path. It walks each branch as if it always
// ran; when both change the configuration the same way (the same calls with
// the same values, in the same order, nothing unknown, no return, no
// tracked variable changed), it keeps the first branch's calls and reports
// true. Otherwise it leaves f as it was and reports false, and the caller
// walks the branches as conditional.
func (x *extractor) sameInBothBranches(f *frame, s *ast.IfStmt) bool {
	if f.eff.mergeDepth >= maxMergeDepth {
		return false
	}
	f.eff.mergeDepth++
	defer func() { f.eff.mergeDepth-- }()

	before := snapshot(f)
	x.stmts(f, s.Body.List, false)
	first := snapshot(f)
	before.restore(f)
	x.stmt(f, s.Else, false)
	second := snapshot(f)
	before.restore(f)

	if !first.sameAs(before, second) {
		return false
	}
	first.restore(f)
	return true
}

// state is a copy of what walking a statement may change.
type state struct {
	eff          effects
	env          map[*types.Var]value
	exited, dead bool
}

func snapshot(f *frame) state {
	e := *f.eff
	// Copy the slices: walking another branch appends to the same arrays.
	e.handler.Identities = append([]IdentitySummary(nil), e.handler.Identities...)
	e.handler.Routes = append([]RouteSummary(nil), e.handler.Routes...)
	e.handler.DeliveryPolicies = append([]PolicySummary(nil), e.handler.DeliveryPolicies...)
	e.handler.Delegates = append([]DelegateSummary(nil), e.handler.Delegates...)
	e.routeTypes = append([]types.Type(nil), e.routeTypes...)
	e.application.Identities = append([]IdentitySummary(nil), e.application.Identities...)
	e.application.Registrations = append([]RegistrationSummary(nil), e.application.Registrations...)
	e.registrations = append([]registrationInfo(nil), e.registrations...)
	return state{eff: e, env: maps.Clone(f.env), exited: f.exited, dead: f.dead}
}

func (s state) restore(f *frame) {
	*f.eff = s.eff
	f.eff.handler.Identities = append([]IdentitySummary(nil), s.eff.handler.Identities...)
	f.eff.handler.Routes = append([]RouteSummary(nil), s.eff.handler.Routes...)
	f.eff.handler.DeliveryPolicies = append([]PolicySummary(nil), s.eff.handler.DeliveryPolicies...)
	f.eff.handler.Delegates = append([]DelegateSummary(nil), s.eff.handler.Delegates...)
	f.eff.routeTypes = append([]types.Type(nil), s.eff.routeTypes...)
	f.eff.application.Identities = append([]IdentitySummary(nil), s.eff.application.Identities...)
	f.eff.application.Registrations = append([]RegistrationSummary(nil), s.eff.application.Registrations...)
	f.eff.registrations = append([]registrationInfo(nil), s.eff.registrations...)
	f.env = maps.Clone(s.env)
	f.exited, f.dead = s.exited, s.dead
}

// sameAs reports whether the branch that led to s and the one that led to
// other changed the state before the same way, leaving nothing unknown.
func (s state) sameAs(before, other state) bool {
	for _, st := range []state{s, other} {
		if st.exited != before.exited || st.dead != before.dead || !sameFlags(st.eff, before.eff) ||
			len(st.eff.handler.Delegates) != len(before.eff.handler.Delegates) {
			// A delegated call in a branch is left to the conditional walk.
			return false
		}
		if len(st.env) != len(before.env) {
			return false
		}
		for v, val := range before.env {
			if got, ok := st.env[v]; !ok || !sameValue(got, val) {
				return false
			}
		}
	}
	a, b := s.eff, other.eff
	n := len(before.eff.handler.Identities)
	if !sameIdentities(a.handler.Identities[n:], b.handler.Identities[n:]) {
		return false
	}
	n = len(before.eff.application.Identities)
	if !sameIdentities(a.application.Identities[n:], b.application.Identities[n:]) {
		return false
	}
	n = len(before.eff.handler.Routes)
	if len(a.handler.Routes) != len(b.handler.Routes) {
		return false
	}
	for i := n; i < len(a.handler.Routes); i++ {
		if !sameRoute(a.handler.Routes[i], b.handler.Routes[i]) {
			return false
		}
	}
	n = len(before.eff.handler.DeliveryPolicies)
	if len(a.handler.DeliveryPolicies) != len(b.handler.DeliveryPolicies) {
		return false
	}
	for i := n; i < len(a.handler.DeliveryPolicies); i++ {
		if a.handler.DeliveryPolicies[i].Nil != b.handler.DeliveryPolicies[i].Nil {
			return false
		}
	}
	n = len(before.eff.registrations)
	if len(a.registrations) != len(b.registrations) {
		return false
	}
	for i := n; i < len(a.registrations); i++ {
		ra, rb := a.registrations[i], b.registrations[i]
		if a.application.Registrations[i].Kind != b.application.Registrations[i].Kind ||
			ra.object != rb.object || (ra.handlerType == nil) != (rb.handlerType == nil) ||
			(ra.handlerType != nil && !types.Identical(ra.handlerType, rb.handlerType)) {
			return false
		}
	}
	return a.handler.Disabled == b.handler.Disabled
}

func sameFlags(a, b effects) bool {
	return a.handler.IdentitiesComplete == b.handler.IdentitiesComplete &&
		a.handler.RoutesComplete == b.handler.RoutesComplete &&
		a.handler.DisabledKnown == b.handler.DisabledKnown &&
		a.policyUnknown == b.policyUnknown &&
		a.application.IdentitiesComplete == b.application.IdentitiesComplete &&
		a.application.RegistrationsComplete == b.application.RegistrationsComplete
}

func sameIdentities(a, b []IdentitySummary) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || a[i].Key != b[i].Key ||
			a[i].NameKnown != b[i].NameKnown || a[i].KeyKnown != b[i].KeyKnown {
			return false
		}
	}
	return true
}

func sameRoute(a, b RouteSummary) bool {
	a.Pos, b.Pos = Posn{}, Posn{}
	return reflect.DeepEqual(a, b)
}

func sameValue(a, b value) bool {
	if len(a.routes) != len(b.routes) {
		return false
	}
	for i := range a.routes {
		if !sameRoute(a.routes[i].sum, b.routes[i].sum) {
			return false
		}
	}
	return true
}
