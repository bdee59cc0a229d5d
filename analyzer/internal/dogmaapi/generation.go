package dogmaapi

import "strings"

// Registration is how an application adds its handlers.
type Registration int

const (
	// RegisterMethods: c.RegisterAggregate(h) and the other RegisterX
	// methods of ApplicationConfigurer (v0.15.x).
	RegisterMethods Registration = iota + 1

	// HandlerRoutes: c.Routes(dogma.ViaAggregate(h), ...) (v0.16.0 on).
	HandlerRoutes
)

func (r Registration) String() string {
	switch r {
	case RegisterMethods:
		return "RegisterX methods"
	case HandlerRoutes:
		return "Routes(ViaX)"
	}
	return "unknown"
}

// ProjectionOCC is the optimistic concurrency control model of
// ProjectionMessageHandler.HandleEvent.
type ProjectionOCC int

const (
	// ResourceVersions: HandleEvent(ctx, r, c, n []byte, s, e) (ok bool,
	// err error) with ResourceVersion and CloseResource (v0.15.x).
	ResourceVersions ProjectionOCC = iota + 1

	// CheckpointOffsets: HandleEvent(ctx, s, e) (cp uint64, err error) with
	// CheckpointOffset, over event stream IDs and offsets (v0.16.0 on).
	CheckpointOffsets
)

func (o ProjectionOCC) String() string {
	switch o {
	case ResourceVersions:
		return "resource versions"
	case CheckpointOffsets:
		return "checkpoint offsets"
	}
	return "unknown"
}

// AfterEnd is what ExecuteCommand and ScheduleTimeout (ScheduleDeadline,
// Mutate) do when called on a process scope after End().
type AfterEnd int

const (
	// CancelsEnd: "Executing a command cancels any prior call to End() on
	// this scope" (v0.15.x).
	CancelsEnd AfterEnd = iota + 1

	// Panics: "This method panics if the process instance has ended"
	// (v0.16.0 on).
	Panics
)

func (a AfterEnd) String() string {
	switch a {
	case CancelsEnd:
		return "cancels the End"
	case Panics:
		return "panics"
	}
	return "unknown"
}

// Generation describes how one generation of the Dogma API works, as far as
// a static checker cares. Every field is read from the package's shape.
type Generation struct {
	// Shape is the range of releases with this shape, e.g. "v0.15.x",
	// "v0.19.0", "v0.19.1–v0.20.x", "v0.25.x".
	Shape string

	Registration Registration

	// Registry: RegisterCommand, RegisterEvent and RegisterTimeout (or
	// RegisterDeadline) exist and every routed message type must be
	// registered (v0.16.0 on).
	Registry bool

	// PointerMessages: Message has MarshalBinary and UnmarshalBinary, so
	// messages use pointer receivers and Register* takes the pointer type
	// (v0.17.0 on).
	PointerMessages bool

	ProjectionOCC ProjectionOCC

	// ProjectionReset: ProjectionMessageHandler has Reset (v0.18.0 on).
	ProjectionReset bool

	// ConcurrencyPreference: integration and projection configurers have
	// ConcurrencyPreference (v0.18.1 on).
	ConcurrencyPreference bool

	// InstanceDescriptions: roots describe their instances,
	// AggregateInstanceDescription (v0.21.0 on) and
	// ProcessInstanceDescription(ended bool) (v0.22.0 on).
	InstanceDescriptions bool

	// GenericRoots: AggregateMessageHandler[R], ProcessMessageHandler[R],
	// their scopes, NoTimeoutMessagesBehavior[R], ViaAggregate and
	// ViaProcess are generic over the root type (v0.23.0 on).
	GenericRoots bool

	// PointerRoots: ViaAggregate and ViaProcess require a pointer root type
	// (v0.25.0 on).
	PointerRoots bool

	// Deadlines: the timeout concept is called deadline (v0.24.0 on); Names
	// holds the spelling.
	Deadlines bool

	// Mutate: ProcessScope has Mutate(fn func(r R)) and processes must not
	// change their root outside it (v0.24.0 on).
	Mutate bool

	AfterEnd AfterEnd

	// Keys are the rules for identity keys and registry IDs.
	Keys KeyRules
}

// KeyRules are the rules an identity key (and a registry ID) follows.
type KeyRules struct {
	// CaseInsensitive: keys are "a canonical RFC 9562 UUID string … and
	// case-insensitive", so upper-case hex is not a defect and two keys that
	// differ only in case are one key. From v0.16.0, whose handler.go and
	// application.go first say so; in v0.15.x a key "MUST be an RFC 4122
	// UUID" and an upper-case one is merely non-canonical.
	CaseInsensitive bool

	// NilRejected: the nil UUID is not a valid key or ID. dogma's
	// normalizeUUID (uuid.go, unchanged from v0.16.0 to v0.25.0) rejects it
	// for registry IDs; dogma itself never parses identity keys, and reading
	// the same rule into them is dogmavet's reading of "a canonical RFC 9562
	// UUID string", as the project's reference notes do for v0.25.0.
	NilRejected bool
}

// Summary describes the generation in one line, as a front end (describe)
// or a test prints it, e.g. "v0.16.x: Routes(ViaX), message type registry,
// projection OCC by checkpoint offsets, calls after End panic, keys
// case-insensitive, nil UUID rejected".
func (g *Generation) Summary() string {
	parts := []string{g.Registration.String()}
	add := func(ok bool, s string) {
		if ok {
			parts = append(parts, s)
		}
	}
	add(g.Registry, "message type registry")
	add(g.PointerMessages, "pointer messages")
	add(g.GenericRoots, "generic roots")
	add(g.PointerRoots, "pointer roots")
	add(g.Deadlines, "deadlines")
	add(g.Mutate, "Mutate")
	add(g.ProjectionReset, "projection Reset")
	add(g.ConcurrencyPreference, "ConcurrencyPreference")
	add(g.InstanceDescriptions, "instance descriptions")
	parts = append(parts, "projection OCC by "+g.ProjectionOCC.String(), "a call after End "+g.AfterEnd.String())
	add(g.Keys.CaseInsensitive, "keys case-insensitive")
	add(g.Keys.NilRejected, "nil UUID rejected")
	return g.Shape + ": " + strings.Join(parts, ", ")
}
