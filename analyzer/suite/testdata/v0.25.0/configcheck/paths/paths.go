// Package paths tests how identity-missing and identity-multiple follow the
// paths through Configure on dogma v0.25.0: helpers, branches, Disable and
// calls that never return.
package paths

import (
	"context"

	"github.com/dogmatiq/dogma"
)

type base struct{}

func (base) HandleCommand(context.Context, dogma.IntegrationCommandScope, dogma.Command) error {
	return nil
}

// identify calls Identity; HelperTwice's second call of it is reported
// here, at the Identity call it reaches again.
func identify(c dogma.IntegrationConfigurer, name string) {
	c.Identity(name, "22f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b03") // want `Identity is called again \(with "helper-twice", "22f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b03"\) after "helper-twice"`
}

func routes(c dogma.IntegrationConfigurer) { c.Routes(dogma.HandlesCommand[*OpenAccount]()) }

// ThroughHelper calls Identity in a helper: silent.
type ThroughHelper struct{ base }

func (ThroughHelper) Configure(c dogma.IntegrationConfigurer) {
	identify(c, "through-helper")
	routes(c)
}

// HelperTwice calls the helper twice.
type HelperTwice struct{ base }

func (HelperTwice) Configure(c dogma.IntegrationConfigurer) {
	identify(c, "helper-twice")
	identify(c, "helper-twice")
	routes(c)
}

// OneBranch calls Identity on one branch only.
type OneBranch struct {
	base
	named bool
}

func (h OneBranch) Configure(c dogma.IntegrationConfigurer) {
	if h.named { // want `Configure does not call Identity on every path: this if statement lets a path return without calling it`
		c.Identity("one-branch", "32f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b04")
	}
	routes(c)
}

// PanicsOtherwise panics on the path without Identity, which never returns:
// silent.
type PanicsOtherwise struct {
	base
	named bool
}

func (h PanicsOtherwise) Configure(c dogma.IntegrationConfigurer) {
	if !h.named {
		panic("unnamed")
	}
	c.Identity("panics-otherwise", "42f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b05")
	routes(c)
}

// Disabled configures nothing but Disable: an application skips it, silent.
type Disabled struct{ base }

func (Disabled) Configure(c dogma.IntegrationConfigurer) {
	c.Disable()
}

// DisabledWithIdentity is validated like any other handler.
type DisabledWithIdentity struct{ base }

func (DisabledWithIdentity) Configure(c dogma.IntegrationConfigurer) { // want `integration has no HandlesCommand route`
	c.Identity("disabled", "52f4b6c8-8e0a-4c2d-9f3b-7d8e9f0a1b06")
	c.Disable()
}

// ThroughFuncValue passes the configurer to a function value, which is not
// followed: silent, even though it may not call Identity.
type ThroughFuncValue struct {
	base
	configure func(dogma.IntegrationConfigurer)
}

func (h ThroughFuncValue) Configure(c dogma.IntegrationConfigurer) {
	h.configure(c)
	routes(c)
}
