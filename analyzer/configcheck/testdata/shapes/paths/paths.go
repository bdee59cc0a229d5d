// Package paths finds Identity calls that some path through Configure
// skips or repeats, next to look-alikes that call it exactly once on every
// path that returns.
package paths

import (
	"log"
	"os"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

const key = "e1000000-0000-4000-8000-000000000000"

type base struct {
	dogma.IntegrationMessageHandler
	on, off bool
	mode    int
	names   []string
	value   any
	f       func(dogma.IntegrationConfigurer)
}

func (h base) legacy() bool { return h.on }

func routes(c dogma.IntegrationConfigurer) { c.Routes(dogma.HandlesCommand[msgs.CmdA]()) }

// fail never returns.
func fail(msg string) { panic(msg) }

type OnlyInIf struct{ base }

func (h OnlyInIf) Configure(c dogma.IntegrationConfigurer) {
	if h.on { // want `Configure does not call Identity on every path: this if statement lets a path return without calling it`
		c.Identity("only-in-if", key)
	}
	routes(c)
}

type EarlyReturn struct{ base }

func (h EarlyReturn) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on { // want `this if statement lets a path return without calling it`
		return
	}
	c.Identity("early-return", key)
}

// Nested is reported at the inner if, the last statement whose other
// branch would have called Identity.
type Nested struct{ base }

func (h Nested) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("nested", key)
	} else {
		if h.off { // want `this if statement lets a path return`
			c.Identity("nested", key)
		}
	}
}

// flag is never assigned: both conditions read the same value.
var flag bool

// SameConditionNested tests flag again where it is known to be false; as
// dogmacli does, the finding is at the inner if.
type SameConditionNested struct{ base }

func (h SameConditionNested) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if flag {
		c.Identity("same-condition", key)
	} else {
		if flag { // want `this if statement lets a path return`
			c.Identity("same-condition", key)
		}
	}
}

type SwitchWithoutDefault struct{ base }

func (h SwitchWithoutDefault) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.mode { // want `this switch statement lets a path return without calling it`
	case 1:
		c.Identity("switch-1", key)
	case 2:
		c.Identity("switch-2", key)
	}
}

type TypeSwitch struct{ base }

func (h TypeSwitch) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.value.(type) { // want `this type switch lets a path return`
	case int:
		c.Identity("type-switch", key)
	default:
	}
}

// InRange calls Identity once per name: none for no names. How many times
// it is called otherwise is not known, so nothing more is reported.
type InRange struct{ base }

func (h InRange) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	for _, n := range h.names { // want `this range loop lets a path return`
		c.Identity(n, key)
	}
}

type TwiceOnOnePath struct{ base }

func (h TwiceOnOnePath) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("first", key)
	}
	c.Identity("second", key) // want `Identity \(with "second", "e1000000-0000-4000-8000-000000000000"\) is called again on some path through Configure that has already called it`
}

// ThreeTimes: the second call is a repeat on one path, the third on every
// path.
type ThreeTimes struct{ base }

func (h ThreeTimes) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("first", key)
	}
	c.Identity("second", key) // want `Identity \(with "second", .*\) is called again on some path`
	c.Identity("third", key)  // want `Identity is called again \(with "third", .*\) after "second"`
}

// InHelper skips Identity in a helper.
type InHelper struct{ base }

func (h InHelper) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	identify(c, h.on)
}

func identify(c dogma.IntegrationConfigurer, on bool) {
	if on { // want `this if statement lets a path return`
		c.Identity("in-helper", key)
	}
}

// TwiceThroughHelper calls the helper on some path, then on every path.
type TwiceThroughHelper struct{ base }

func (h TwiceThroughHelper) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		identifyOnce(c)
	}
	identifyOnce(c)
}

func identifyOnce(c dogma.IntegrationConfigurer) {
	c.Identity("through-helper", key) // want `Identity \(with "through-helper", .*\) is called again on some path`
}

type App struct{ on bool }

func (a App) Configure(c dogma.ApplicationConfigurer) {
	if a.on { // want `this if statement lets a path return`
		c.Identity("app", "e2000000-0000-4000-8000-000000000000")
	}
}

// Look-alikes: no finding.

// DisabledPath skips Identity only on a path that disables the handler and
// configures nothing else, which an application leaves out.
type DisabledPath struct{ base }

func (h DisabledPath) Configure(c dogma.IntegrationConfigurer) {
	if h.off {
		c.Disable()
		return
	}
	c.Identity("disabled-path", key)
	routes(c)
}

// Panics never returns on the paths that skip Identity.
type Panics struct{ base }

func (h Panics) Configure(c dogma.IntegrationConfigurer) {
	if h.off {
		panic("not configured")
	}
	if h.on {
		log.Fatal("not configured")
	}
	if h.mode > 2 {
		os.Exit(1)
	}
	if h.mode < 0 {
		fail("negative mode")
	}
	c.Identity("panics", key)
	routes(c)
}

type BothBranches struct{ base }

func (h BothBranches) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("then", key)
		return
	}
	c.Identity("else", key)
}

type SwitchEveryCase struct{ base }

func (h SwitchEveryCase) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.mode {
	case 1:
		c.Identity("one", key)
	case 2:
		c.Identity("two", key)
	default:
		c.Identity("other", key)
	}
}

type SwitchDefaultPanics struct{ base }

func (h SwitchDefaultPanics) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.mode {
	case 1:
		c.Identity("one", key)
	default:
		panic("unknown mode")
	}
}

// Correlated: the two conditions cannot both hold, nor both fail.
type Correlated struct{ base }

func (h Correlated) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("on", key)
	}
	if !h.on {
		c.Identity("off", key)
	}
}

// CorrelatedPackageVar tests a variable no one assigns twice.
type CorrelatedPackageVar struct{ base }

func (h CorrelatedPackageVar) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if flag {
		c.Identity("flag", key)
	}
	if !flag {
		c.Identity("no-flag", key)
	}
}

// CorrelatedSwitch tests in an if the value a switch case matched.
type CorrelatedSwitch struct{ base }

func (h CorrelatedSwitch) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.mode {
	case 1:
		c.Identity("one", key)
	}
	if h.mode != 1 {
		c.Identity("other", key)
	}
}

// CorrelatedThroughLocal reads the same field through a local.
type CorrelatedThroughLocal struct{ base }

func (h CorrelatedThroughLocal) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	on := h.on
	if on {
		c.Identity("on", key)
	}
	if !h.on {
		c.Identity("off", key)
	}
}

// CorrelatedCalls may depend on each other through the method called.
type CorrelatedCalls struct{ base }

func (h CorrelatedCalls) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.legacy() {
		c.Identity("legacy", key)
	}
	if !h.legacy() {
		c.Identity("current", key)
	}
}

// CountedLoop runs its body exactly once.
type CountedLoop struct{ base }

func (h CountedLoop) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	for i := 0; i < 1; i++ {
		c.Identity("counted", key)
	}
}

// OneName ranges over one name.
type OneName struct{ base }

func (h OneName) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	for _, n := range []string{"one-name"} {
		c.Identity(n, key)
	}
}

// UntilBreak calls Identity in an endless loop it then leaves.
type UntilBreak struct{ base }

func (h UntilBreak) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	for {
		c.Identity("until-break", key)
		break
	}
}

// Unfollowed passes the configurer to a function value, which may call
// Identity.
type Unfollowed struct{ base }

func (h Unfollowed) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("unfollowed", key)
	}
	h.f(c)
}

// Captured lets a closure call Identity.
type Captured struct{ base }

func (h Captured) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	identify := func() { c.Identity("captured", key) }
	if h.on {
		identify()
		return
	}
	c.Identity("captured", key)
}

// FixedByCaller passes a constant its helper branches on: the branch the
// constant rules out is not taken.
type FixedByCaller struct{ base }

func (h FixedByCaller) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	identifyIf(c, true)
}

func identifyIf(c dogma.IntegrationConfigurer, on bool) {
	if on {
		c.Identity("fixed-by-caller", key)
	}
}

// FixedCount passes the count of its helper's loop.
type FixedCount struct{ base }

func (h FixedCount) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	identifyTimes(c, 1)
}

func identifyTimes(c dogma.IntegrationConfigurer, n int) {
	for i := 0; i < n; i++ {
		c.Identity("fixed-count", key)
	}
}

// AfterGuard calls Identity on every path that returns: its values are
// checked as on any other.
type AfterGuard struct{ base }

func (h AfterGuard) Configure(c dogma.IntegrationConfigurer) {
	if h.off {
		panic("not configured")
	}
	c.Identity("after guard", key) // want `handler name "after guard" contains whitespace`
	routes(c)
}

// BeforeAndInLoop calls Identity, then again in each iteration of a loop.
type BeforeAndInLoop struct{ base }

func (h BeforeAndInLoop) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	c.Identity("before", key)
	for _, n := range h.names {
		c.Identity(n, key) // want `Identity \(with a non-constant value, .*\) is called again on some path`
	}
}

// BreakOut leaves the loop before Identity on one path.
type BreakOut struct{ base }

func (h BreakOut) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
loop:
	for {
		if h.on { // want `this if statement lets a path return`
			break loop
		}
		c.Identity("break-out", key)
		break
	}
}

// Fallthrough reaches Identity from every case.
type Fallthrough struct{ base }

func (h Fallthrough) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	switch h.mode {
	case 1:
		fallthrough
	case 2:
		c.Identity("two", key)
	default:
		c.Identity("other", key)
	}
}

// GotoOnce jumps back only before calling Identity.
type GotoOnce struct{ base }

func (h GotoOnce) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	n := 0
again:
	n++
	if n < 3 {
		goto again
	}
	c.Identity("goto-once", key)
}

// Toggled flips the field it tests between the two tests, through a
// pointer method: it calls Identity exactly once.
type Toggled struct{ base }

func (h *Toggled) toggle() { h.on = !h.on }

func (h Toggled) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("toggled-a", key)
	}
	h.toggle()
	if h.on {
		c.Identity("toggled-b", key)
	}
}

// ThroughPointer tests a field of a pointer receiver twice, around a call
// that may change it.
type ThroughPointer struct{ base }

func (h *ThroughPointer) Configure(c dogma.IntegrationConfigurer) {
	routes(c)
	if h.on {
		c.Identity("pointer-a", key)
	}
	h.f(nil)
	if h.on {
		c.Identity("pointer-b", key)
	}
}
