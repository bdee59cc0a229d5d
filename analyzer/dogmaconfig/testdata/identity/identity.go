// want package:`^\{package [^\n]*?(\n[^\n]*)*\nprojection identity.Literal identity<"literal"/"0f1c7b7a-2f7e-4a53-9b1e-3c1f1f8a2b10"> routes<> policy[^\n]*(\n[^\n]*)*\nprojection \*identity.Constants identity<"acct-x"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" "typed"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10">[^\n]*(\n[^\n]*)*\n[^\n]*identity<"acct-helper"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<>(\n[^\n]*)*\n[^\n]*identity<unknown/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10">[^\n]*(\n[^\n]*)*\n[^\n]*identity<unknown/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10">[^\n]*(\n[^\n]*)*\}$`
// Package identity holds identities written as literals, constants,
// constant expressions, helper parameters and non-constant values.
package identity

import "github.com/dogmatiq/dogma"

const (
	prefix = "acct"
	key    = "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"
)

type name string

const typed name = "typed"

type Literal struct{ dogma.NoCompactBehavior }

func (Literal) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("literal", "0f1c7b7a-2f7e-4a53-9b1e-3c1f1f8a2b10")
	c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{})
}

type Constants struct{}

func (*Constants) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(prefix+"-x", key)
	c.Identity(string(typed), key)
}

type Helper struct{}

func (Helper) Configure(c dogma.ProjectionConfigurer) {
	ident(c, "helper")
}

func ident(c dogma.ProjectionConfigurer, n string) {
	c.Identity(prefix+"-"+n, key)
}

type Dynamic struct{ Name string }

func (d Dynamic) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(d.Name, key)
}

type Reassigned struct{}

func (Reassigned) Configure(c dogma.ProjectionConfigurer) {
	identReassigned(c, "x")
}

func identReassigned(c dogma.ProjectionConfigurer, n string) {
	k := key
	n = n + "!"
	c.Identity(n, k)
}
