package dogmaapi

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"

	"github.com/dogmavet/dogmavet/validate"
)

// Recognize places p, a dogma package, in a generation of the Dogma API.
//
// version is the dogma module's version from the build list (the replacement's
// version when the module is replaced by another version, "" when it is
// replaced by a directory or the caller does not know it). A known version
// older than v0.15.0 or newer than v0.25.x is refused whatever its shape; a
// known version in range whose shape differs is placed by its shape, which is
// what the code is checked against.
//
// The error, when not nil, is an [*UnsupportedError].
func Recognize(p *types.Package, version string) (*API, error) {
	a := &API{Pkg: p, Version: version, ctxt: types.NewContext()}
	fail := func(found, reason string) (*API, error) {
		return nil, &UnsupportedError{Path: p.Path(), Version: version, Found: found, Reason: reason}
	}
	if v, ok := parseVersion(version); ok {
		switch {
		case v.less(semver{0, 15, 0}):
			return fail("older than "+Oldest, "")
		case !v.less(semver{0, 26, 0}):
			return fail("newer than v0.25.x", "")
		}
	}
	if reason, ok := a.older(); ok {
		return fail("older than "+Oldest, reason)
	}
	if reason := a.core(); reason != "" {
		return fail("", reason)
	}
	if reason := a.generation(); reason != "" {
		return fail("", reason)
	}
	if reason := a.objects(); reason != "" {
		return fail("", reason)
	}
	return a, nil
}

// older reports whether the package is a Dogma API from before v0.15.0: it
// registers handlers with RegisterX methods, as v0.15.0 does, but its Command
// interface is missing (before v0.12.0) or has no Validate(CommandValidationScope)
// method (v0.12.0 to v0.14.x).
func (a *API) older() (string, bool) {
	ac := iface(a.lookup("ApplicationConfigurer"))
	agg := a.lookup("AggregateMessageHandler")
	if ac == nil || agg == nil {
		return "", false
	}
	reg := method(a.lookup("ApplicationConfigurer"), "RegisterAggregate")
	if reg == nil || reg.Signature().Params().Len() < 1 || !isNamed(reg.Signature().Params().At(0).Type(), agg) {
		return "", false
	}
	cmd := a.lookup("Command")
	if iface(cmd) == nil {
		return "it has no Command interface", true
	}
	if !validates(cmd, a.lookup("CommandValidationScope")) {
		return "its Command has no Validate(CommandValidationScope) method", true
	}
	return "", false
}

// validates reports whether the message interface tn has the method
// Validate(scope) error.
func validates(tn, scope *types.TypeName) bool {
	m := method(tn, "Validate")
	if m == nil || scope == nil {
		return false
	}
	sig := m.Signature()
	return sig.Params().Len() == 1 && isNamed(sig.Params().At(0).Type(), scope) && sig.Results().Len() == 1
}

var handlerNames = [4]string{"AggregateMessageHandler", "ProcessMessageHandler", "IntegrationMessageHandler", "ProjectionMessageHandler"}

var configurerNames = [4]string{"AggregateConfigurer", "ProcessConfigurer", "IntegrationConfigurer", "ProjectionConfigurer"}

// handlerMethodNames lists the methods every generation's handler
// interfaces have, the timeout handler aside (named by generation).
var handlerMethodNames = [4][]string{
	{"Configure", "New", "RouteCommandToInstance", "HandleCommand"},
	{"Configure", "New", "RouteEventToInstance", "HandleEvent"},
	{"Configure", "HandleCommand"},
	{"Configure", "HandleEvent", "Compact"},
}

// core checks the objects every supported generation has, and returns what
// is missing.
func (a *API) core() string {
	a.Application = a.lookup("Application")
	a.ApplicationConfigurer = a.lookup("ApplicationConfigurer")
	if iface(a.Application) == nil {
		return "no Application interface"
	}
	if iface(a.ApplicationConfigurer) == nil {
		return "no ApplicationConfigurer interface"
	}
	if !configures(a.Application, a.ApplicationConfigurer) {
		return "Application has no Configure(ApplicationConfigurer) method"
	}
	if !hasIdentity(a.ApplicationConfigurer) {
		return "ApplicationConfigurer has no Identity(string, string) method"
	}
	for k := range a.Handlers {
		h, c := a.lookup(handlerNames[k]), a.lookup(configurerNames[k])
		if iface(h) == nil || h.IsAlias() {
			return "no " + handlerNames[k] + " interface"
		}
		if iface(c) == nil {
			return "no " + configurerNames[k] + " interface"
		}
		for _, m := range handlerMethodNames[k] {
			if method(h, m) == nil {
				return fmt.Sprintf("%s has no %s method", handlerNames[k], m)
			}
		}
		if !configures(h, c) {
			return fmt.Sprintf("%s has no Configure(%s) method", handlerNames[k], configurerNames[k])
		}
		if !hasIdentity(c) || method(c, "Routes") == nil {
			return configurerNames[k] + " has no Identity(string, string) or Routes method"
		}
		a.Handlers[k], a.Configurers[k] = h, c
	}
	a.Message, a.Command, a.Event = a.lookup("Message"), a.lookup("Command"), a.lookup("Event")
	for _, tn := range []*types.TypeName{a.Message, a.Command, a.Event} {
		if iface(tn) == nil {
			return "no Message, Command or Event interface"
		}
	}
	if !validates(a.Command, a.lookup("CommandValidationScope")) || !validates(a.Event, a.lookup("EventValidationScope")) {
		return "Command or Event has no Validate method taking its validation scope"
	}
	a.AggregateRoot, a.ProcessRoot = a.lookup("AggregateRoot"), a.lookup("ProcessRoot")
	if iface(a.AggregateRoot) == nil || method(a.AggregateRoot, "ApplyEvent") == nil {
		return "no AggregateRoot interface with an ApplyEvent method"
	}
	if iface(a.ProcessRoot) == nil {
		return "no ProcessRoot interface"
	}
	a.UnexpectedMessage, _ = a.Pkg.Scope().Lookup("UnexpectedMessage").(*types.Var)
	if a.UnexpectedMessage == nil {
		return "no UnexpectedMessage variable"
	}
	return ""
}

// configures reports whether tn's type has the method Configure(c).
func configures(tn, c *types.TypeName) bool {
	m := method(tn, "Configure")
	return m != nil && m.Signature().Params().Len() == 1 && isNamed(m.Signature().Params().At(0).Type(), c)
}

// hasIdentity reports whether the configurer tn has Identity(string, string).
func hasIdentity(tn *types.TypeName) bool {
	m := method(tn, "Identity")
	if m == nil || m.Signature().Params().Len() != 2 {
		return false
	}
	for i := range 2 {
		if b, ok := m.Signature().Params().At(i).Type().(*types.Basic); !ok || b.Kind() != types.String {
			return false
		}
	}
	return true
}

// A step is one release's change to the API's shape, in release order. A
// package has the shape of the releases up to its last present step; a step
// present after a missing one matches no release.
type step struct {
	since   string
	what    string
	present func(a *API) bool
}

// shapes[i] is the range of releases whose shape has exactly the first i
// steps.
var shapes = []string{
	"v0.15.x", "v0.16.x", "v0.17.0", "v0.17.1–v0.17.x", "v0.18.0", "v0.18.1–v0.18.x",
	"v0.19.0", "v0.19.1–v0.20.x", "v0.21.x", "v0.22.x", "v0.23.x", "v0.24.x", "v0.25.x",
}

var steps = []step{
	{"v0.16.0", "ApplicationConfigurer.Routes", func(a *API) bool { return method(a.ApplicationConfigurer, "Routes") != nil }},
	{"v0.17.0", "Message.MarshalBinary", func(a *API) bool { return method(a.Message, "MarshalBinary") != nil }},
	{"v0.17.1", "RegisteredMessageTypeOf", func(a *API) bool { return a.lookupFunc("RegisteredMessageTypeOf") != nil }},
	{"v0.18.0", "ProjectionMessageHandler.Reset", func(a *API) bool { return method(a.Handlers[validate.ProjectionHandler], "Reset") != nil }},
	{"v0.18.1", "IntegrationConfigurer.ConcurrencyPreference", func(a *API) bool {
		return method(a.Configurers[validate.IntegrationHandler], "ConcurrencyPreference") != nil
	}},
	{"v0.19.0", "the ConcurrencyPreference type", func(a *API) bool {
		return a.lookup("ConcurrencyPreference") != nil && a.lookup("IntegrationConcurrencyPreference") == nil
	}},
	{"v0.19.1", "WithEventObserver", func(a *API) bool { return a.lookupFunc("WithEventObserver") != nil }},
	{"v0.21.0", "AggregateRoot.AggregateInstanceDescription", func(a *API) bool {
		return method(a.AggregateRoot, "AggregateInstanceDescription") != nil
	}},
	{"v0.22.0", "ProcessRoot.ProcessInstanceDescription(ended bool)", func(a *API) bool {
		m := method(a.ProcessRoot, "ProcessInstanceDescription")
		return m != nil && m.Signature().Params().Len() == 1
	}},
	{"v0.23.0", "AggregateMessageHandler[R]", func(a *API) bool { return generic(a.Handlers[validate.AggregateHandler]) }},
	{"v0.24.0", "Deadline", func(a *API) bool { return a.lookup("Deadline") != nil }},
	{"v0.25.0", "ViaAggregate's pointer root constraint", func(a *API) bool {
		fn := a.lookupFunc("ViaAggregate")
		return fn != nil && fn.Signature().TypeParams().Len() == 2
	}},
}

func generic(tn *types.TypeName) bool {
	n, ok := tn.Type().(*types.Named)
	return ok && n.TypeParams().Len() == 1
}

// generation places the package by its steps and fills Generation and Names.
func (a *API) generation() string {
	n := 0
	for n < len(steps) && steps[n].present(a) {
		n++
	}
	for _, s := range steps[n:] {
		if s.present(a) {
			return fmt.Sprintf("it has %s (%s) but not %s (%s)", s.what, s.since, steps[n].what, steps[n].since)
		}
	}
	at := func(since string) bool {
		for _, s := range steps[:n] {
			if s.since == since {
				return true
			}
		}
		return false
	}
	g := &a.Generation
	g.Shape = shapes[n]
	g.Registration, g.ProjectionOCC, g.AfterEnd = RegisterMethods, ResourceVersions, CancelsEnd
	if at("v0.16.0") {
		g.Registration, g.ProjectionOCC, g.AfterEnd = HandlerRoutes, CheckpointOffsets, Panics
		g.Registry = true
		g.Keys = KeyRules{CaseInsensitive: true, NilRejected: true}
	}
	g.PointerMessages = at("v0.17.0")
	g.ProjectionReset = at("v0.18.0")
	g.ConcurrencyPreference = at("v0.18.1")
	g.InstanceDescriptions = at("v0.21.0")
	g.GenericRoots = at("v0.23.0")
	g.Deadlines = at("v0.24.0")
	g.Mutate = at("v0.24.0")
	g.PointerRoots = at("v0.25.0")
	a.Names = timeoutNames
	if g.Deadlines {
		a.Names = deadlineNames
	}
	if !g.Registry {
		a.Names.RegisterTimeout = ""
	}
	return a.checkGeneration()
}

// checkGeneration checks that the objects each placed step implies are
// there, with the shape the analyzers rely on, so that a look-alike with
// some of a release's names is refused rather than half understood.
func (a *API) checkGeneration() string {
	g, nm := &a.Generation, &a.Names
	proj := a.Handlers[validate.ProjectionHandler]
	switch g.ProjectionOCC {
	case ResourceVersions:
		if method(proj, "ResourceVersion") == nil || method(proj, "CloseResource") == nil {
			return "ProjectionMessageHandler has no ResourceVersion or CloseResource method"
		}
	case CheckpointOffsets:
		if method(proj, "CheckpointOffset") == nil {
			return "ProjectionMessageHandler has no CheckpointOffset method"
		}
	}
	switch g.Registration {
	case RegisterMethods:
		for k, name := range registerMethodNames {
			m := method(a.ApplicationConfigurer, name)
			if m == nil || m.Signature().Params().Len() < 1 || !isNamed(m.Signature().Params().At(0).Type(), a.Handlers[k]) {
				return fmt.Sprintf("ApplicationConfigurer has no %s(%s) method", name, handlerNames[k])
			}
		}
	case HandlerRoutes:
		hr := a.lookup("HandlerRoute")
		m := method(a.ApplicationConfigurer, "Routes")
		if iface(hr) == nil || m == nil || !m.Signature().Variadic() || m.Signature().Params().Len() != 1 ||
			!types.Identical(m.Signature().Params().At(0).Type(), types.NewSlice(hr.Type())) {
			return "ApplicationConfigurer has no Routes(...HandlerRoute) method"
		}
		for k, name := range viaFuncNames {
			fn := a.lookupFunc(name)
			if fn == nil || fn.Signature().Params().Len() < 1 || !isNamed(fn.Signature().Params().At(0).Type(), a.Handlers[k]) {
				return fmt.Sprintf("no %s(%s) function", name, handlerNames[k])
			}
		}
	}
	if generic(a.Handlers[validate.ProcessHandler]) != g.GenericRoots {
		return "AggregateMessageHandler and ProcessMessageHandler are not both generic or both not"
	}
	if g.Deadlines && a.lookup("Timeout") != nil {
		return "it has both Timeout and Deadline"
	}
	a.Timeout = a.lookup(nm.Timeout)
	if iface(a.Timeout) == nil || !validates(a.Timeout, a.lookup(nm.TimeoutValidationScope)) {
		return fmt.Sprintf("no %s interface with Validate(%s)", nm.Timeout, nm.TimeoutValidationScope)
	}
	if method(a.Handlers[validate.ProcessHandler], nm.HandleTimeout) == nil {
		return "ProcessMessageHandler has no " + nm.HandleTimeout + " method"
	}
	if iface(a.lookup(nm.ProcessTimeoutScope)) == nil {
		return "no " + nm.ProcessTimeoutScope + " interface"
	}
	if method(a.lookup(nm.ProcessTimeoutScope), nm.ScheduleTimeout) == nil {
		return nm.ProcessTimeoutScope + " has no " + nm.ScheduleTimeout + " method"
	}
	if g.Mutate != (method(a.lookup("ProcessScope"), "Mutate") != nil) {
		return "ProcessScope.Mutate does not come with Deadline"
	}
	for _, name := range []string{"HandlesCommand", "RecordsEvent", "HandlesEvent", "ExecutesCommand", nm.SchedulesTimeout} {
		fn := a.lookupFunc(name)
		if fn == nil || fn.Signature().TypeParams().Len() != 1 {
			return fmt.Sprintf("no %s[T] function", name)
		}
	}
	if g.Registry {
		for _, name := range []string{"RegisterCommand", "RegisterEvent", nm.RegisterTimeout} {
			if a.lookupFunc(name) == nil {
				return "no " + name + " function"
			}
		}
	} else if a.lookupFunc("RegisterCommand") != nil {
		return "it has RegisterCommand but registers handlers with RegisterX methods"
	}
	return ""
}

var registerMethodNames = [4]string{"RegisterAggregate", "RegisterProcess", "RegisterIntegration", "RegisterProjection"}

var viaFuncNames = [4]string{"ViaAggregate", "ViaProcess", "ViaIntegration", "ViaProjection"}

// semver is a release version's numbers; pre-release and build suffixes
// (pseudo-versions) count as the release they precede or follow closely
// enough for a range check.
type semver [3]int

func parseVersion(v string) (semver, bool) {
	s, ok := strings.CutPrefix(v, "v")
	if !ok {
		return semver{}, false
	}
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return semver{}, false
	}
	var out semver
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return semver{}, false
		}
		out[i] = n
	}
	return out, true
}

func (v semver) less(w semver) bool {
	for i := range v {
		if v[i] != w[i] {
			return v[i] < w[i]
		}
	}
	return false
}
