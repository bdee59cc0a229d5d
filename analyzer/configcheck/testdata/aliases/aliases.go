// Package aliases names message types through type aliases: an alias is the
// type it names, so routing both is a duplicate, and a defined type with the
// same underlying type is not.
package aliases

import (
	"reflect"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

type (
	// Cmd is msgs.CmdA under another name.
	Cmd = msgs.CmdA
	// Ptr is msgs.PtrCmd, routed as a pointer.
	Ptr = msgs.PtrCmd
	// PtrOfAlias is a pointer spelled through an alias.
	PtrOfAlias = *Ptr
)

// Own is a defined type over msgs.CmdA's underlying type: a type of its own.
type Own msgs.CmdA

func (Own) MessageDescription() string                  { return "" }
func (Own) Validate(dogma.CommandValidationScope) error { return nil }

type intg struct {
	dogma.IntegrationMessageHandler
}

type AliasAndOriginal struct{ intg }

func (AliasAndOriginal) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("alias-and-original", "a1000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.HandlesCommand[Cmd](), // want `HandlesCommand route for msgs.CmdA is added more than once`
	)
}

type PointerThroughAlias struct{ intg }

func (PointerThroughAlias) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("pointer-through-alias", "a2000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[*msgs.PtrCmd](),
		dogma.HandlesCommand[*Ptr](),                                   // want `HandlesCommand route for \*msgs.PtrCmd is added more than once`
		dogma.HandlesCommandRoute{Type: reflect.TypeOf(&Ptr{})},        // want `HandlesCommand route for \*msgs.PtrCmd is added more than once`
		dogma.HandlesCommandRoute{Type: reflect.TypeFor[PtrOfAlias]()}, // want `HandlesCommand route for \*msgs.PtrCmd is added more than once`
	)
}

// DefinedType routes msgs.CmdA and Own: two types, no duplicate.
type DefinedType struct{ intg }

func (DefinedType) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("defined-type", "a3000000-0000-4000-8000-000000000000")
	c.Routes(
		dogma.HandlesCommand[msgs.CmdA](),
		dogma.HandlesCommand[Own](),
	)
}
