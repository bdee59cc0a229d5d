package dogmaconfig

import (
	"fmt"

	"github.com/dogmavet/dogmavet/validate"
)

// RegistryFact is the message type registry a package sees: the
// registrations that the package and its transitive imports certainly make at
// start-up, and whether some registration could not be followed. It is
// exported on every package where either is non-empty.
//
// The fact is cumulative because the analysis framework hands a package only
// the package facts of its direct imports (go vet does not re-export them):
// each package merges those of its direct imports with its own, so an
// application package sees every registration of its closure.
type RegistryFact struct {
	// Registrations in initialisation order as far as dogmavet knows it:
	// imports (merged in import-path order, each in its own order) before
	// the package's own.
	Registrations []MessageRegistrationSummary

	// Incomplete: some package of the closure uses a registry function in a
	// way dogmavet does not follow (in a loop, a conditional, a function
	// other than init, through a generic helper, with a type argument that
	// is a type parameter), so the registry may hold more types.
	Incomplete bool

	// Keys are the rules registry IDs follow and Deadlines whether the
	// registry functions call timeouts deadlines, as the registering
	// packages' dogma has them.
	Keys      validate.KeyRules
	Deadlines bool
}

func (*RegistryFact) AFact() {}

func (f *RegistryFact) String() string {
	return fmt.Sprintf("registry(%d registrations, incomplete=%t)", len(f.Registrations), f.Incomplete)
}

// MessageRegistrationSummary is one registry call that runs at start-up.
type MessageRegistrationSummary struct {
	// Pkg is the path of the package that makes it.
	Pkg string

	Kind validate.MessageKind

	// Func is the registry function as the program's dogma names it.
	Func string

	Type validate.MessageType

	ID      string
	IDKnown bool

	Pos, IDPos Posn
}

// same reports whether a and b are one registration, reached through two
// imports.
func (a *MessageRegistrationSummary) same(b *MessageRegistrationSummary) bool {
	return a.Pkg == b.Pkg && a.Pos == b.Pos && a.Type.Name == b.Type.Name
}
