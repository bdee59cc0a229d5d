package validate

import (
	"fmt"
	"go/token"
)

// IdentitySkip is a control-flow statement of Configure, or of a function it
// calls with the configurer, that lets a path through Configure return
// without calling Identity while another path calls it: the last statement
// on that path whose other branch could still have reached an Identity call.
type IdentitySkip struct {
	// Stmt names the statement as a user reads it: "if statement",
	// "switch statement", "type switch", "select statement", "for loop" or
	// "range loop".
	Stmt string

	// Pos is the statement's position; Exit that of the return statement
	// (or the closing brace of Configure) where the path returns.
	Pos, Exit token.Pos
}

// IdentityRepeat is an Identity call that some path through Configure
// reaches after another Identity call, on a path extraction can follow
// exactly (a loop that may repeat the call does not count).
type IdentityRepeat struct {
	// Identity is the repeated call, with its values where known.
	Identity

	// First is the position of the earlier call on that path.
	First token.Pos
}

// checkIdentityPaths reports the path findings of identity-missing and
// identity-multiple. A repeat at the position of a call that ids (the calls
// on every path) already shows as repeated is left to checkIdentities.
func checkIdentityPaths(entity string, ids []Identity, skips []IdentitySkip, repeats []IdentityRepeat) []Problem {
	var ps []Problem
	for _, s := range skips {
		p := newProblem(IdentityMissing, entity, s.Pos, fmt.Sprintf(
			"Configure does not call Identity on every path: this %s lets a path return without calling it; "+
				"call c.Identity(name, key) exactly once on every path, for example before the %s", s.Stmt, s.Stmt))
		if s.Exit.IsValid() {
			p.Related = []Related{{Pos: s.Exit, Message: "that path returns here without calling Identity"}}
		}
		ps = append(ps, p)
	}
	again := map[token.Pos]bool{}
	for i, id := range ids {
		if i > 0 {
			again[id.Pos] = true
		}
	}
	for _, r := range repeats {
		if again[r.Pos] {
			continue
		}
		again[r.Pos] = true
		p := newProblem(IdentityMultiple, entity, r.Pos, fmt.Sprintf(
			"Identity (with %s, %s) is called again on some path through Configure that has already called it; "+
				"call it exactly once on every path",
			knownValue(r.Name, r.NameKnown), knownValue(r.Key, r.KeyKnown)))
		if r.First.IsValid() {
			p.Related = []Related{{Pos: r.First, Message: "the earlier call to Identity on that path"}}
		}
		ps = append(ps, p)
	}
	return ps
}
