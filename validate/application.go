package validate

import "fmt"

// CheckApplication applies every rule to a and to each handler it
// registers: the problems of CheckApplicationSelf first, then those of
// CheckHandler for each registered handler, in registration order. A
// handler that the application skips (R19, see Skipped) is not checked.
func CheckApplication(a *App) []Problem {
	if a == nil {
		return nil
	}
	ps := CheckApplicationSelf(a)
	for _, r := range participants(a) {
		ps = append(ps, CheckHandler(r.Handler)...)
	}
	return ps
}

// CheckApplicationSelf applies the application's own rules: its identity,
// nil handlers (R20a), and the rules over all its registrations (R12-R17).
// Keys are compared in canonical form, so two spellings of one UUID
// conflict. It does not apply the registered handlers' own rules.
//
// Problems are ordered by rule (catalog order), then by position, then by
// registration order.
func CheckApplicationSelf(a *App) []Problem {
	if a == nil {
		return nil
	}
	entity := a.Entity()
	var ps []Problem
	if a.ConfigurePanic != "" {
		ps = append(ps, configurePanicProblem(entity, a.ConfigurePanic, a.Pos))
	}
	ps = append(ps, checkIdentities(entity, "application", a.Identities, a.IdentitiesComplete, a.Keys, a.Pos)...)
	ps = append(ps, checkIdentityPaths(entity, a.Identities, a.IdentitySkips, a.IdentityRepeats)...)
	for _, r := range a.Registrations {
		switch {
		case r.Handler == nil && r.NilType != "":
			ps = append(ps, newProblem(NilHandler, entity, r.Pos, fmt.Sprintf(
				"%s is passed a nil %s, whose Configure dereferences it; pass a non-nil %s or remove the call",
				r.registerFunc(), r.NilType, r.Kind.dogmaInterface())))
		case r.Handler == nil:
			ps = append(ps, newProblem(NilHandler, entity, r.Pos, fmt.Sprintf(
				"%s is passed a nil handler; pass a non-nil %s or remove the call",
				r.registerFunc(), r.Kind.dogmaInterface())))
		}
	}
	regs := participants(a)
	ps = append(ps, checkNames(a, entity, regs)...)
	ps = append(ps, checkKeys(a, entity, regs)...)
	ps = append(ps, checkRouteOwners(entity, regs, HandlesCommandRoute, DuplicateCommandRoute, "handle the command")...)
	ps = append(ps, checkRouteOwners(entity, regs, RecordsEventRoute, DuplicateEventRecorder, "record the event")...)
	sortProblems(ps)
	return ps
}

// participants returns the registrations of non-nil handlers that the
// application does not (or may not) skip under R19.
func participants(a *App) []Registration {
	var regs []Registration
	for _, r := range a.Registrations {
		if r.Handler != nil && !Skipped(r.Handler) && !mayBeSkipped(r.Handler) {
			regs = append(regs, r)
		}
	}
	return regs
}

// handlerIdentity returns the identity a handler's conflicts are judged by:
// its first Identity() call (configkit rejects any later one).
func handlerIdentity(h *Handler) (Identity, bool) {
	if len(h.Identities) == 0 {
		return Identity{}, false
	}
	return h.Identities[0], true
}

// checkNames reports handlers that reuse another handler's name (R16). The
// application's name may equal a handler's name.
func checkNames(a *App, entity string, regs []Registration) []Problem {
	var ps []Problem
	first := map[string]Registration{}
	for _, r := range regs {
		id, ok := handlerIdentity(r.Handler)
		if !ok || !id.NameKnown {
			continue
		}
		prev, dup := first[id.Name]
		if !dup {
			first[id.Name] = r
			continue
		}
		p := newProblem(DuplicateName, entity, r.Pos, fmt.Sprintf(
			"handler name %s of %s is already used by %s; give each handler a unique name",
			quoteShort(id.Name), r.Handler.Entity(), prev.Handler.Entity()))
		p.Related = registeredHere(prev)
		ps = append(ps, p)
	}
	return ps
}

// sameKeyPhrase describes key k as matching key prev, naming both spellings
// when they differ.
func sameKeyPhrase(k, prev string) string {
	if k == prev {
		return fmt.Sprintf("key %s", quoteShort(k))
	}
	return fmt.Sprintf("key %s (the same UUID as %s)", quoteShort(k), quoteShort(prev))
}

// checkKeys reports handlers whose key equals the application's key or an
// earlier handler's key, comparing canonical forms (R14, R15, R17). Every
// known key passed to the application's Identity counts, as configkit checks
// each call against the handlers registered so far. Keys that are not UUIDs
// are left to identity-key.
func checkKeys(a *App, entity string, regs []Registration) []Problem {
	var ps []Problem
	appKeys := map[string]Identity{}
	for _, id := range a.Identities {
		k, ok := CanonicalKey(id.Key)
		if !id.KeyKnown || !ok {
			continue
		}
		if _, dup := appKeys[k]; !dup {
			appKeys[k] = id
		}
	}
	first := map[string]Registration{}
	for _, r := range regs {
		id, ok := handlerIdentity(r.Handler)
		if !ok || !id.KeyKnown {
			continue
		}
		k, ok := CanonicalKey(id.Key)
		if !ok {
			continue // identity-key reports it; a conflict would add noise
		}
		if appID, clash := appKeys[k]; clash {
			p := newProblem(DuplicateKey, entity, r.Pos, fmt.Sprintf(
				"handler %s of %s is the application's key; give the application and each handler its own key",
				sameKeyPhrase(id.Key, appID.Key), r.Handler.Entity()))
			p.Related = []Related{{Pos: firstPos(appID.KeyPos, appID.Pos), Message: "application key " + quoteShort(appID.Key)}}
			ps = append(ps, p)
			continue
		}
		prev, dup := first[k]
		if !dup {
			first[k] = r
			continue
		}
		prevID, _ := handlerIdentity(prev.Handler)
		p := newProblem(DuplicateKey, entity, r.Pos, fmt.Sprintf(
			"handler %s of %s is already used by %s; give each handler its own key",
			sameKeyPhrase(id.Key, prevID.Key), r.Handler.Entity(), prev.Handler.Entity()))
		p.Related = registeredHere(prev)
		ps = append(ps, p)
	}
	return ps
}

// checkRouteOwners reports message types that more than one handler routes
// with a route of kind k: a command handled (R12) or an event recorded (R13)
// by more than one handler. Executing a command, handling an event and
// scheduling a timeout may be shared.
func checkRouteOwners(entity string, regs []Registration, k RouteKind, rule RuleID, verb string) []Problem {
	var ps []Problem
	owner := map[string]Registration{}
	for _, r := range regs {
		seen := map[string]bool{}
		for _, rt := range r.Handler.Routes {
			if rt.Invalid != "" || rt.Kind != k || rt.Type == nil || seen[rt.Type.Name] {
				continue
			}
			seen[rt.Type.Name] = true
			prev, dup := owner[rt.Type.Name]
			if !dup {
				owner[rt.Type.Name] = r
				continue
			}
			p := newProblem(rule, entity, r.Pos, fmt.Sprintf(
				"%s and %s both %s %s; an application must route each %s type to exactly one handler",
				prev.Handler.Entity(), r.Handler.Entity(), verb, rt.Type.display(),
				k.MessageKind()))
			p.Related = append(registeredHere(prev), Related{Pos: rt.Pos, Message: k.String() + " route for " + rt.Type.display()})
			ps = append(ps, p)
		}
	}
	return ps
}

func registeredHere(r Registration) []Related {
	return []Related{{Pos: r.Pos, Message: r.Handler.Entity() + " is registered here"}}
}
