// want package:`^\{package [^\n]*?(\n[^\n]*)*\nintegration branches.IfElse identity<partial> routes<HandlesCommand:msgs.CmdA partial>(\n[^\n]*)*\n[^\n]*identity<"prod"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial>(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA>(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial> disabled:unknown(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA HandlesCommand:msgs.CmdB>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdB>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<partial>(\n[^\n]*)*\nprojection branches.Policies identity<> routes<> policy:nil policy[^\n]*(\n[^\n]*)*\n[^\n]*identity<"same"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"> routes<HandlesCommand:msgs.CmdA HandlesCommand:msgs.CmdB>(\n[^\n]*)*\n[^\n]*identity<partial> routes<partial>(\n[^\n]*)*\n[^\n]*identity<"a"/"3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10" partial> routes<partial> disabled:unknown(\n[^\n]*)*\}$`
// Package branches holds configurer calls on some but not every path.
package branches

import (
	"log"
	"math/rand"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const key = "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10"

const debug = false

type IfElse struct {
	dogma.IntegrationMessageHandler
}

func (IfElse) Configure(c dogma.IntegrationConfigurer) {
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	if rand.Int() == 0 {
		c.Identity("a", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	} else {
		c.Identity("b", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	}
}

type ConstantCondition struct {
	dogma.IntegrationMessageHandler
}

func (ConstantCondition) Configure(c dogma.IntegrationConfigurer) {
	if debug {
		c.Identity("debug", key)
	} else {
		c.Identity("prod", key)
	}
	if !debug {
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
}

type EarlyReturn struct {
	dogma.IntegrationMessageHandler
	enabled bool
}

func (h EarlyReturn) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	if !h.enabled {
		c.Disable()
		return
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	c.Identity("b", key)
}

type Loop struct {
	dogma.IntegrationMessageHandler
}

func (Loop) Configure(c dogma.IntegrationConfigurer) {
	for i := 0; i < 2; i++ {
		c.Identity("a", key)
	}
	for range []int{1} {
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
}

type Switch struct {
	dogma.IntegrationMessageHandler
	mode int
}

func (h Switch) Configure(c dogma.IntegrationConfigurer) {
	switch h.mode {
	case 1:
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	case 2:
		c.Disable()
		break
	default:
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
	c.Identity("a", key)
}

type DeferGo struct {
	dogma.IntegrationMessageHandler
}

func (DeferGo) Configure(c dogma.IntegrationConfigurer) {
	defer c.Identity("a", key)
	go c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type Goto struct {
	dogma.IntegrationMessageHandler
}

func (Goto) Configure(c dogma.IntegrationConfigurer) {
	n := 0
again:
	c.Identity("a", key)
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	n++
	if n < 2 {
		goto again
	}
}

// Panics: a path that panics returns nothing, so the route after the guard
// is on every path that returns.
type Panics struct {
	dogma.IntegrationMessageHandler
	ok bool
}

func (h Panics) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	if !h.ok {
		panic("not configured")
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

// NeverReturns panics on every path: nothing is known to be missing.
type NeverReturns struct {
	dogma.IntegrationMessageHandler
	ok bool
}

func (h NeverReturns) Configure(c dogma.IntegrationConfigurer) {
	if h.ok {
		panic("ok")
	}
	log.Fatal("not ok")
}

// ReturnsAfterFatal: a route after a log.Fatal guard, or after a
// guard calling a function of the package that never returns, is on every
// path that returns.
type ReturnsAfterFatal struct {
	dogma.IntegrationMessageHandler
	ok bool
}

func (h ReturnsAfterFatal) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	if !h.ok {
		log.Fatalf("not configured")
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	if h.ok {
		mustNot()
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

func mustNot() { panic("must not") }

// ElseDies and DefaultDies have one branch that returns: its calls are on
// every path that returns.
type ElseDies struct {
	dogma.IntegrationMessageHandler
	ok bool
}

func (h ElseDies) Configure(c dogma.IntegrationConfigurer) {
	if h.ok {
		c.Identity("a", key)
	} else {
		log.Panicf("not ok")
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdA]())
}

type DefaultDies struct {
	dogma.IntegrationMessageHandler
	mode int
}

func (h DefaultDies) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	switch h.mode {
	case 1:
		panic("one")
	case 2:
		c.Routes(dogma.HandlesCommand[msgs.CmdB]())
	default:
		mustNot()
	}
}

// TwoLive has one clause that returns, and no default: a value that matches
// no case returns too, so the route is on some paths only.
type TwoLive struct {
	dogma.IntegrationMessageHandler
	mode int
}

func (h TwoLive) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	switch h.mode {
	case 1:
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	case 2:
		panic("two")
	}
}

type Policies struct {
	dogma.ProjectionMessageHandler
	p dogma.ProjectionDeliveryPolicy
}

func (h Policies) Configure(c dogma.ProjectionConfigurer) {
	c.DeliveryPolicy(nil)
	c.DeliveryPolicy(dogma.UnicastProjectionDeliveryPolicy{})
	c.DeliveryPolicy(h.p) // may be nil: not recorded
	if h.p == nil {
		c.DeliveryPolicy(nil)
	}
}

type SameInBoth struct {
	dogma.IntegrationMessageHandler
	mode int
}

func (h SameInBoth) Configure(c dogma.IntegrationConfigurer) {
	if h.mode == 0 {
		c.Identity("same", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	} else if h.mode == 1 {
		c.Identity("same", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	} else {
		c.Identity("same", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

type SameButReturns struct {
	dogma.IntegrationMessageHandler
	b bool
}

func (h SameButReturns) Configure(c dogma.IntegrationConfigurer) {
	if h.b {
		c.Identity("same", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
		return
	} else {
		c.Identity("same", key)
		c.Routes(dogma.HandlesCommand[msgs.CmdA]())
	}
}

type AlwaysPanics struct {
	dogma.IntegrationMessageHandler
}

func (AlwaysPanics) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("a", key)
	panic("not implemented")
}
