package validate

// SwitchCase is one type of a case clause of a type switch over a message.
type SwitchCase struct {
	// Type is the case's type.
	Type *MessageType

	// Matches reports whether a message of the routed type r selects this
	// case. Front ends answer with their own type system (go/types,
	// reflect); it is consulted only for interface case types, as a
	// concrete case type matches exactly the routed type of the same name.
	Matches func(r *MessageType) bool
}

// DeadCase is a case type that no routed message can select.
type DeadCase struct {
	// Index is the case's index in the cases passed to SwitchCoverage.
	Index int

	// Routed is the routed type with the other pointer-ness, when the case
	// names *T and T is routed (or the reverse); nil otherwise.
	Routed *MessageType
}

// Coverage is the result of SwitchCoverage.
type Coverage struct {
	// Missing holds the routed types that no case selects, in the order of
	// routed.
	Missing []*MessageType

	// Dead holds the concrete case types that are not routed, in case
	// order.
	Dead []DeadCase
}

// SwitchCoverage compares the cases of a type switch over a message with the
// routed types the method receives. Interface case types are never dead: they
// may match types the front end cannot see. The caller decides whether
// Missing matters (it does not when the switch has a default that handles
// the message) and whether Dead does (an aggregate root's ApplyEvent SHOULD
// accept events that are no longer routed, so its cases are never dead).
// Callers pass only complete route sets.
func SwitchCoverage(routed []*MessageType, cases []SwitchCase) Coverage {
	var cov Coverage
	for _, r := range routed {
		covered := false
		for _, c := range cases {
			if matches(c, r) {
				covered = true
				break
			}
		}
		if !covered {
			cov.Missing = append(cov.Missing, r)
		}
	}
	for i, c := range cases {
		if c.Type == nil || c.Type.Interface {
			continue
		}
		dead := true
		for _, r := range routed {
			if r.Name == c.Type.Name {
				dead = false
				break
			}
		}
		if !dead {
			continue
		}
		d := DeadCase{Index: i}
		flipped := OtherPointerness(c.Type.Name)
		for _, r := range routed {
			if r.Name == flipped {
				d.Routed = r
				break
			}
		}
		cov.Dead = append(cov.Dead, d)
	}
	return cov
}

func matches(c SwitchCase, r *MessageType) bool {
	if c.Type == nil {
		return false
	}
	if c.Type.Name == r.Name {
		return true
	}
	return c.Type.Interface && c.Matches != nil && c.Matches(r)
}
