package validate

import "fmt"

// CheckRegistrations applies the rules over a program's registrations:
// message-type-id, message-type-registered-twice and
// duplicate-message-type-id. Each registration in the model certainly runs,
// so none of them needs the registry to be complete. Problems are ordered by
// rule, then by position, then by registration order.
//
// As in dogma's registerMessageType, a type registered again is reported as
// registered twice whatever its IDs, and only registrations of distinct
// types with valid IDs are compared for a shared ID, in canonical form. An
// ID that is a UUID in upper case is another spelling of the same UUID under
// RFC9562Keys, the rules of every generation with a registry; under rules
// that are not case-insensitive no registry exists, and dogmavet does not
// report the spelling.
func CheckRegistrations(g *Registry) []Problem {
	if g == nil {
		return nil
	}
	var ps []Problem
	firstOfType := map[string]*MessageRegistration{}
	firstOfID := map[string]*MessageRegistration{}
	for i := range g.Registrations {
		r := &g.Registrations[i]
		idOK := r.IDKnown && checkRegistryID(g, r, &ps)
		if r.Type == nil {
			continue
		}
		if prev, dup := firstOfType[r.Type.Name]; dup {
			ps = append(ps, registeredTwice(g, r, prev))
			continue
		}
		firstOfType[r.Type.Name] = r
		if !idOK {
			continue
		}
		id, _ := CanonicalKey(r.ID)
		if prev, dup := firstOfID[id]; dup {
			p := newProblem(DuplicateMessageTypeID, r.entity(), firstPos(r.IDPos, r.Pos), fmt.Sprintf(
				"registry ID %s of %s is already the ID of %s; dogma.%s panics, give each message type its own random UUID",
				sameIDPhrase(r.ID, prev.ID), r.Type.display(), prev.Type.display(), r.funcName(g)))
			p.Related = []Related{{Pos: prev.Pos, Message: prev.Type.display() + " is registered with this ID here"}}
			ps = append(ps, p)
			continue
		}
		firstOfID[id] = r
	}
	sortProblems(ps)
	return ps
}

// checkRegistryID reports a registration's ID that dogma rejects
// (message-type-id), and returns whether the ID is valid.
func checkRegistryID(g *Registry, r *MessageRegistration, ps *[]Problem) bool {
	fault, why, _ := g.Keys.Judge(r.ID)
	var msg string
	switch fault {
	case KeyNotUUID:
		msg = fmt.Sprintf("registry ID %s%s is not an RFC 9562 UUID (%s), so dogma.%s panics; use a random UUID such as uuidgen prints",
			quoteShort(r.ID), r.ofType(), why, r.funcName(g))
	case KeyNil:
		msg = fmt.Sprintf("registry ID %q%s is the nil UUID, which dogma.%s rejects with a panic; use a random UUID such as uuidgen prints",
			r.ID, r.ofType(), r.funcName(g))
	default:
		return true
	}
	*ps = append(*ps, newProblem(MessageTypeID, r.entity(), firstPos(r.IDPos, r.Pos), msg))
	return false
}

// registeredTwice reports registration r of a type that prev registered
// already.
func registeredTwice(g *Registry, r, prev *MessageRegistration) Problem {
	what := "again"
	if r.IDKnown && prev.IDKnown {
		a, okA := CanonicalKey(r.ID)
		b, okB := CanonicalKey(prev.ID)
		if okA && okB && a == b {
			what = "again with the same ID"
		} else {
			what = fmt.Sprintf("again, with ID %s after %s", quoteShort(r.ID), quoteShort(prev.ID))
		}
	}
	p := newProblem(MessageTypeRegisteredTwice, r.entity(), r.Pos, fmt.Sprintf(
		"%s is registered %s, and dogma.%s panics on a type that is already registered; keep one registration",
		r.Type.display(), what, r.funcName(g)))
	p.Related = []Related{{Pos: prev.Pos, Message: "first registration of " + r.Type.display()}}
	return p
}

// CheckRegistered reports each use of a message type that no registration
// of the program registers (message-type-unregistered). It is silent unless
// the registry is complete, as a registration the front end could not follow
// may register the type. A registration whose ID dogma rejects still counts:
// message-type-id reports it, and fixing the ID is the fix. Problems are
// ordered by position, then by the order of uses.
func CheckRegistered(g *Registry, uses []MessageUse) []Problem {
	if g == nil || !g.Complete {
		return nil
	}
	registered := map[string]bool{}
	for _, r := range g.Registrations {
		if r.Type != nil {
			registered[r.Type.Name] = true
		}
	}
	var ps []Problem
	for _, u := range uses {
		if u.Type == nil || u.Type.Interface || registered[u.Type.Name] {
			continue
		}
		msg := fmt.Sprintf("%s for %s needs the type in dogma's message type registry, and the program registers it nowhere; "+
			"register it with dogma.%s[%s](id), where id is a random UUID",
			u.Via, u.Type.display(), g.registerFunc(u.Kind), u.Type.display())
		if other, ok := pointerCounterpart(u.Type); ok && registered[other] {
			msg += fmt.Sprintf(", or use the registered type (the registry tells %s and %s apart)",
				u.Type.display(), counterpartDisplay(u.Type))
		}
		ps = append(ps, newProblem(MessageTypeUnregistered, u.Entity, u.Pos, msg))
	}
	sortProblems(ps)
	return ps
}

// pointerCounterpart returns the Name of *T for a named T, and of T for *T.
func pointerCounterpart(t *MessageType) (string, bool) {
	switch {
	case t.Interface || t.Name == "":
		return "", false
	case t.Pointer:
		return t.Name[1:], true
	}
	return "*" + t.Name, true
}

// counterpartDisplay is the display name of pointerCounterpart's type.
func counterpartDisplay(t *MessageType) string {
	if t.Pointer {
		return elemDisplay(t)
	}
	return "*" + t.display()
}

// sameIDPhrase quotes ID k, and names the earlier spelling prev of the same
// UUID when it differs.
func sameIDPhrase(k, prev string) string {
	if k == prev {
		return quoteShort(k)
	}
	return fmt.Sprintf("%s (the same UUID as %s)", quoteShort(k), quoteShort(prev))
}

// ofType names the registered type after an ID, e.g. " of *messages.Open",
// or nothing when the type is unknown.
func (r *MessageRegistration) ofType() string {
	if r.Type == nil {
		return ""
	}
	return " of " + r.Type.display()
}
