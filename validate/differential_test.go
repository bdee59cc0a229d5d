package validate_test

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/dogmatiq/configkit"
	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// The differential test: random applications, valid and mutated, must give
// an error-severity problem exactly when configkit.FromApplication panics,
// except where configkit is documented to be wrong (config-rules.md §2, §4,
// R20): names over 255 bytes, invalid UTF-8 names, two spellings of one key,
// interface message types and route literals of the wrong message kind.
// (Nil handlers make configkit crash, which counts as a panic here.)

const (
	differentialSeed = 20261125
	differentialRuns = 600
)

// script is what one Configure method does, in order. A panic, if any, is
// the last step.
type script []step

type step struct {
	identity   *[2]string
	routes     []dogma.Route // a nil element is a nil route
	disable    bool
	policy     *dogma.ProjectionDeliveryPolicy
	doPanic    bool
	register   *genHandler // application scripts only
	registerOK bool        // false: register a nil handler
}

type genHandler struct {
	kind   validate.HandlerKind
	script script
}

// generator builds random configurations from fixed pools.
type generator struct {
	r *rand.Rand

	// divergent is set when the configuration holds a feature on which
	// configkit is documented to be wrong.
	divergent []string
	keys      []string // first key of each entity, for case-variant checks
}

var (
	genKeys = []string{
		"5195fe85-eb3f-4121-84b0-be72cbc5722f", "6f1d0b4e-9c2a-4e11-8d5b-2a7e3c4f5a60",
		"8a3c2e1f-4b5d-4c6e-9f70-81a2b3c4d5e6", "0c9b8a7f-6e5d-4c3b-8a19-f8e7d6c5b4a3",
		"d2e3f4a5-b6c7-4d8e-9fa0-b1c2d3e4f5a6", "11111111-2222-4333-8444-555555555555",
	}
	genBadKeys  = []string{"", "\t \n", "nope", "5195fe85eb3f412184b0be72cbc5722f", "{5195fe85-eb3f-4121-84b0-be72cbc5722f}"}
	genBadNames = []string{"", " ", "a b", "\u200b", "\t \n", "a\u00a0b"}

	commandRoutes = []dogma.Route{
		dogma.HandlesCommand[command[tagA]](), dogma.HandlesCommand[command[tagB]](),
		dogma.HandlesCommand[command[tagC]](), dogma.HandlesCommand[*ptrCommand[tagA]](),
	}
	recordRoutes = []dogma.Route{
		dogma.RecordsEvent[event[tagA]](), dogma.RecordsEvent[event[tagB]](),
		dogma.RecordsEvent[event[tagC]](), dogma.RecordsEvent[*ptrEvent[tagA]](),
	}
	eventRoutes = []dogma.Route{
		dogma.HandlesEvent[event[tagA]](), dogma.HandlesEvent[event[tagB]](),
		dogma.HandlesEvent[event[tagC]](), dogma.HandlesEvent[*ptrEvent[tagA]](),
	}
	executeRoutes = []dogma.Route{
		dogma.ExecutesCommand[command[tagA]](), dogma.ExecutesCommand[command[tagB]](),
		dogma.ExecutesCommand[*ptrCommand[tagA]](),
	}
	timeoutRoutes = []dogma.Route{
		dogma.SchedulesTimeout[timeout[tagA]](), dogma.SchedulesTimeout[timeout[tagB]](),
	}
)

func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

func pick[T any](g *generator, xs []T) T { return xs[g.r.IntN(len(xs))] }

func (g *generator) name(unique string) string {
	switch {
	case g.chance(0.03):
		return pick(g, genBadNames)
	case g.chance(0.015):
		g.divergent = append(g.divergent, "name over 255 bytes")
		return strings.Repeat("n", 256+g.r.IntN(40))
	case g.chance(0.015):
		g.divergent = append(g.divergent, "invalid UTF-8 name")
		return unique + "\xff"
	case g.chance(0.06):
		return "shared" // may collide with another entity's name
	case g.chance(0.02):
		return strings.Repeat("€", 85) // 255 bytes: valid
	}
	return unique
}

func (g *generator) key(unique int) string {
	k := genKeys[unique%len(genKeys)]
	switch {
	case g.chance(0.03):
		return pick(g, genBadKeys)
	case g.chance(0.04):
		k = pick(g, genKeys) // may collide
	}
	if g.chance(0.06) {
		k = strings.ToUpper(k)
	}
	return k
}

// identity returns an identity step; first is true for an entity's first
// Identity call, whose key takes part in conflicts.
func (g *generator) identity(unique string, n int, first bool) step {
	id := [2]string{g.name(unique), g.key(n)}
	if first {
		g.keys = append(g.keys, id[1])
	}
	return step{identity: &id}
}

// routes returns the routes of a handler of kind k: the required ones
// unless mutated, some optional ones, and now and then a bad route.
func (g *generator) routes(k validate.HandlerKind) []dogma.Route {
	var required, optional [][]dogma.Route
	switch k {
	case validate.AggregateHandler:
		required = [][]dogma.Route{commandRoutes, recordRoutes}
	case validate.ProcessHandler:
		required = [][]dogma.Route{eventRoutes, executeRoutes}
		optional = [][]dogma.Route{timeoutRoutes}
	case validate.IntegrationHandler:
		required = [][]dogma.Route{commandRoutes}
		optional = [][]dogma.Route{recordRoutes}
	case validate.ProjectionHandler:
		required = [][]dogma.Route{eventRoutes}
	}
	var rs []dogma.Route
	// Distinct routes from a pool (the first one with probability first,
	// each other with probability more), now and then a duplicate.
	add := func(pool []dogma.Route, first, more float64) {
		p := first
		for _, i := range g.r.Perm(len(pool)) {
			if g.chance(p) {
				rs = append(rs, pool[i])
				if g.chance(0.03) {
					rs = append(rs, pool[i])
				}
			}
			p = more
		}
	}
	for _, pool := range required {
		add(pool, 0.96, 0.15)
	}
	for _, pool := range optional {
		add(pool, 0.3, 0.3)
	}
	if g.chance(0.06) {
		rs = append(rs, g.badRoute(k))
	}
	g.r.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
	return rs
}

// badRoute returns a route that configkit rejects (nil, nil Type, wrong
// receiver, not a message) or, documented as divergent, accepts wrongly.
func (g *generator) badRoute(k validate.HandlerKind) dogma.Route {
	consumesEvents := k == validate.ProcessHandler || k == validate.ProjectionHandler
	switch g.r.IntN(7) {
	case 0:
		return nil
	case 1:
		if consumesEvents {
			return dogma.HandlesEventRoute{}
		}
		return dogma.HandlesCommandRoute{}
	case 2:
		if consumesEvents {
			return dogma.HandlesEvent[*event[tagA]]()
		}
		return dogma.HandlesCommand[*command[tagA]]()
	case 3:
		if consumesEvents {
			return dogma.HandlesEventRoute{Type: typeFor[ptrEvent[tagB]]()}
		}
		return dogma.HandlesCommandRoute{Type: typeFor[ptrCommand[tagB]]()}
	case 4:
		if consumesEvents {
			return dogma.HandlesEventRoute{Type: typeFor[notMessage]()}
		}
		return dogma.HandlesCommandRoute{Type: typeFor[notMessage]()}
	case 5:
		g.divergent = append(g.divergent, "interface message type")
		if consumesEvents {
			return dogma.HandlesEvent[dogma.Event]()
		}
		return dogma.HandlesCommand[dogma.Command]()
	}
	g.divergent = append(g.divergent, "route literal of the wrong message kind")
	if consumesEvents {
		return dogma.HandlesEventRoute{Type: typeFor[timeout[tagC]]()}
	}
	return dogma.HandlesCommandRoute{Type: typeFor[timeout[tagC]]()}
}

func (g *generator) handler(i int) *genHandler {
	h := &genHandler{kind: validate.HandlerKind(g.r.IntN(4))}
	unique := fmt.Sprintf("h%d", i)
	if i > 0 && g.chance(0.1) {
		unique = "h0" // the first handler's name
	}
	if g.chance(0.05) {
		// Disable() only: skipped by the application (R19).
		h.script = script{{disable: true}}
		return h
	}
	var s script
	if !g.chance(0.03) {
		s = append(s, g.identity(unique, i+1, true))
		if g.chance(0.02) {
			s = append(s, g.identity(unique, i+1, false))
		}
	}
	rs := g.routes(h.kind)
	split := g.r.IntN(len(rs) + 1)
	s = append(s, step{routes: rs[:split]}, step{routes: rs[split:]})
	if h.kind == validate.ProjectionHandler && g.chance(0.2) {
		var p dogma.ProjectionDeliveryPolicy
		if !g.chance(0.2) {
			p = dogma.BroadcastProjectionDeliveryPolicy{PrimaryFirst: g.chance(0.5)}
		}
		s = append(s, step{policy: &p})
	}
	if g.chance(0.08) {
		s = append(s, step{disable: true})
	}
	g.r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	if g.chance(0.02) {
		s = append(s, step{doPanic: true})
	}
	h.script = s
	return h
}

func (g *generator) application() script {
	var s script
	n := g.r.IntN(5)
	for i := 0; i < n; i++ {
		if g.chance(0.02) {
			s = append(s, step{register: &genHandler{kind: validate.HandlerKind(g.r.IntN(4))}})
			continue
		}
		s = append(s, step{register: g.handler(i), registerOK: true})
	}
	if !g.chance(0.03) {
		at := g.r.IntN(len(s) + 1)
		id := g.identity("app", 0, true)
		s = append(s[:at], append(script{id}, s[at:]...)...)
		if g.chance(0.02) {
			s = append(s, g.identity("app", 0, false))
		}
	}
	if g.chance(0.02) {
		s = append(s, step{doPanic: true})
	}
	return s
}

// keyCaseCollision reports whether two first keys are different spellings
// of one UUID.
func (g *generator) keyCaseCollision() bool {
	seen := map[string]string{}
	for _, k := range g.keys {
		c, ok := validate.CanonicalKey(k)
		if !ok {
			continue
		}
		if prev, dup := seen[c]; dup && prev != k {
			return true
		}
		seen[c] = k
	}
	return false
}

// Replaying scripts.

type scriptedApp struct{ s script }

func (a *scriptedApp) Configure(c dogma.ApplicationConfigurer) {
	for _, st := range a.s {
		switch {
		case st.identity != nil:
			c.Identity(st.identity[0], st.identity[1])
		case st.register != nil:
			registerScripted(c, st.register, st.registerOK)
		case st.doPanic:
			panic("scripted panic")
		}
	}
}

func registerScripted(c dogma.ApplicationConfigurer, h *genHandler, ok bool) {
	switch h.kind {
	case validate.AggregateHandler:
		if !ok {
			c.RegisterAggregate(nil)
			return
		}
		c.RegisterAggregate(&aggregate{configure: func(c dogma.AggregateConfigurer) {
			replay(h.script, c.Identity, c.Disable, func(r dogma.Route) { c.Routes(asRoute[dogma.AggregateRoute](r)) }, nil)
		}})
	case validate.ProcessHandler:
		if !ok {
			c.RegisterProcess(nil)
			return
		}
		c.RegisterProcess(&process{configure: func(c dogma.ProcessConfigurer) {
			replay(h.script, c.Identity, c.Disable, func(r dogma.Route) { c.Routes(asRoute[dogma.ProcessRoute](r)) }, nil)
		}})
	case validate.IntegrationHandler:
		if !ok {
			c.RegisterIntegration(nil)
			return
		}
		c.RegisterIntegration(&integration{configure: func(c dogma.IntegrationConfigurer) {
			replay(h.script, c.Identity, c.Disable, func(r dogma.Route) { c.Routes(asRoute[dogma.IntegrationRoute](r)) }, nil)
		}})
	case validate.ProjectionHandler:
		if !ok {
			c.RegisterProjection(nil)
			return
		}
		c.RegisterProjection(&projection{configure: func(c dogma.ProjectionConfigurer) {
			replay(h.script, c.Identity, c.Disable, func(r dogma.Route) { c.Routes(asRoute[dogma.ProjectionRoute](r)) }, c.DeliveryPolicy)
		}})
	}
}

// asRoute converts a pooled route to a handler's route interface; a nil
// route stays nil.
func asRoute[R any](r dogma.Route) R {
	var zero R
	if r == nil {
		return zero
	}
	return r.(R)
}

func replay(
	s script,
	identity func(string, string),
	disable func(...dogma.DisableOption),
	route func(dogma.Route),
	policy func(dogma.ProjectionDeliveryPolicy),
) {
	for _, st := range s {
		switch {
		case st.identity != nil:
			identity(st.identity[0], st.identity[1])
		case st.disable:
			disable()
		case st.policy != nil:
			policy(*st.policy)
		case st.doPanic:
			panic("scripted panic")
		default:
			for _, r := range st.routes {
				route(r)
			}
		}
	}
}

// divergenceRules maps each documented configkit gap to the rule that
// catches it.
var divergenceRules = map[string]validate.RuleID{
	"name over 255 bytes":                     validate.IdentityNameLength,
	"invalid UTF-8 name":                      validate.IdentityNameUTF8,
	"interface message type":                  validate.RouteInterfaceType,
	"route literal of the wrong message kind": validate.RouteMessageKind,
	"two spellings of one key":                validate.DuplicateKey,
}

// configkitMisses are the rules configkit never reports.
var configkitMisses = map[validate.RuleID]bool{
	validate.IdentityNameLength:   true,
	validate.IdentityNameUTF8:     true,
	validate.IdentityKeyCanonical: true,
	validate.RouteInterfaceType:   true,
}

// configkitRules maps a fragment of each configkit panic message to the rule
// that covers it (config-rules.md §1); the first match wins.
var configkitRules = []struct {
	fragment string
	rule     validate.RuleID
}{
	{"scripted panic", validate.ConfigurePanic},
	{"nil pointer dereference", validate.NilHandler},
	{"without an identity", validate.IdentityMissing},
	{"multiple identities", validate.IdentityMultiple},
	{"invalid name", validate.IdentityName},
	{"invalid key", validate.IdentityKey},
	{"to handle any commands", validate.MissingHandlesCommand},
	{"to record any events", validate.MissingRecordsEvent},
	{"to handle any events", validate.MissingHandlesEvent},
	{"to execute any commands", validate.MissingExecutesCommand},
	{"routes for", validate.DuplicateRoute},
	{"can not handle", validate.DuplicateCommandRoute},
	{"can not record", validate.DuplicateEventRecorder},
	{"can not use the handler name", validate.DuplicateName},
	{"key", validate.DuplicateKey},
	{"delivery policy must not be nil", validate.NilDeliveryPolicy},
	{"unsupported route type", validate.InvalidRoute},
	{"message type must not be nil", validate.NilRouteType},
	{"pointer receiver", validate.RouteReceiver},
	{"does not implement dogma.Command", validate.RouteMessageKind},
}

func configkitRule(v any) validate.RuleID {
	msg := fmt.Sprint(v)
	for _, r := range configkitRules {
		if strings.Contains(msg, r.fragment) {
			return r.rule
		}
	}
	return "unclassified configkit panic"
}

func TestDifferentialConfigkit(t *testing.T) {
	r := rand.New(rand.NewPCG(differentialSeed, 0))
	var valid, invalid, divergent int
	firsts := map[validate.RuleID]int{} // configkit's first problems, by rule
	gaps := map[string]int{}            // documented configkit gaps, by kind
	for i := 0; i < differentialRuns; i++ {
		g := &generator{r: r}
		a := &scriptedApp{g.application()}
		if g.keyCaseCollision() {
			g.divergent = append(g.divergent, "two spellings of one key")
		}

		ps := validate.Application(a)
		ckPanic := recovered(func() { configkit.FromApplication(a) })

		got := ruleSet(ps)
		switch {
		case len(g.divergent) > 0:
			divergent++
			for _, why := range g.divergent {
				gaps[why]++
				if id := divergenceRules[why]; !containsRule(got, id) {
					t.Errorf("run %d (%s): validate does not report %s\n%s", i, why, id, dump(ps))
				}
			}
		case hasError(ps) != (ckPanic != nil):
			t.Errorf("run %d: validate reports an error: %v; configkit panics: %v\nconfigkit: %v\nvalidate:\n%s",
				i, hasError(ps), ckPanic != nil, ckPanic, dump(ps))
		case ckPanic != nil:
			invalid++
			// configkit stops at its first problem; validate must report
			// that problem's rule too.
			id := configkitRule(ckPanic)
			firsts[id]++
			if !containsRule(got, id) {
				t.Errorf("run %d: configkit panics with %q (%s), validate does not report %s\n%s", i, ckPanic, id, id, dump(ps))
			}
		default:
			valid++
		}
	}
	t.Logf("%d runs: %d valid, %d invalid, %d where configkit is documented to be wrong", differentialRuns, valid, invalid, divergent)
	for _, id := range configRules {
		t.Logf("configkit's first problem is %s in %d runs", id, firsts[id])
	}
	if valid < differentialRuns/5 || invalid < differentialRuns/5 || divergent < 10 {
		t.Errorf("the generator is unbalanced: %d valid, %d invalid, %d divergent", valid, invalid, divergent)
	}
	for _, why := range sortedKeys(divergenceRules) {
		if gaps[why] == 0 {
			t.Errorf("no run has %s; the generator does not exercise it", why)
		}
	}
	for _, id := range configRules {
		if firsts[id] == 0 && !configkitMisses[id] {
			t.Errorf("no run makes configkit stop at %s; the generator does not exercise it", id)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
