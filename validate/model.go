package validate

import "go/token"

// The configuration model is neutral: the run-time front end fills it from a
// live dogma.Application through recording configurers, the static analyzer
// fills it from source. Every rule in this package reads only this model, so
// one rule serves both front ends.
//
// Static extraction cannot always follow the code. Each part of the model
// therefore says whether it is complete; a rule that needs a whole part (a
// missing identity, a missing route, a uniqueness check over unknown values)
// fires only when that part is complete. The run-time front end always
// produces complete models.

// HandlerKind is the kind of a Dogma message handler.
type HandlerKind int

// The four handler kinds, in the order Dogma documents them.
const (
	AggregateHandler HandlerKind = iota
	ProcessHandler
	IntegrationHandler
	ProjectionHandler
)

// MessageKind is the kind of a Dogma message.
type MessageKind int

// The three message kinds.
const (
	Command MessageKind = iota
	Event
	Timeout
)

// MessageKindSet is a set of message kinds, used for "which of dogma.Command,
// dogma.Event and dogma.Timeout does this type implement".
type MessageKindSet uint8

// Has reports whether k is in the set.
func (s MessageKindSet) Has(k MessageKind) bool { return s&(1<<k) != 0 }

// With returns the set with k added.
func (s MessageKindSet) With(k MessageKind) MessageKindSet { return s | 1<<k }

// KindsOf returns the set holding the given kinds.
func KindsOf(kinds ...MessageKind) MessageKindSet {
	var s MessageKindSet
	for _, k := range kinds {
		s = s.With(k)
	}
	return s
}

// RouteKind is the kind of a route passed to a handler configurer's Routes().
type RouteKind int

// The five route kinds of dogma v0.15.0.
const (
	HandlesCommandRoute RouteKind = iota
	RecordsEventRoute
	HandlesEventRoute
	ExecutesCommandRoute
	SchedulesTimeoutRoute
)

// MessageType describes a Go type used as a message type in a route. Front
// ends fill it from reflect.Type or go/types; the rules need only these facts.
type MessageType struct {
	// Name is the fully qualified type as Go spells it with full import
	// paths, e.g. "*example.com/bank/messages.OpenAccount". Two message types
	// are the same type exactly when their names are equal.
	Name string

	// Display is the type as a user reads it, qualified by package name,
	// e.g. "*messages.OpenAccount".
	Display string

	// Implements is the set of dogma message interfaces the type implements
	// as written.
	Implements MessageKindSet

	// Pointer is true for a pointer type *T; ElemImplements is then what T
	// implements on its own (with value receivers).
	Pointer        bool
	ElemImplements MessageKindSet

	// PointerImplements is, for a non-pointer, non-interface type T, what *T
	// implements (value and pointer receivers together).
	PointerImplements MessageKindSet

	// Interface is true when the type is an interface type.
	Interface bool
}

// Identity is one call to a configurer's Identity() method.
type Identity struct {
	Name, Key string

	// NameKnown and KeyKnown are false when the static front end could not
	// evaluate the argument to a constant.
	NameKnown, KeyKnown bool

	// Pos is the position of the call; NamePos and KeyPos those of the
	// arguments. All are token.NoPos at run time.
	Pos, NamePos, KeyPos token.Pos
}

// Route is one route value passed to a handler configurer's Routes().
type Route struct {
	Kind RouteKind

	// Type is the route's message type. It is nil for a route struct literal
	// whose Type field is nil (or left out).
	Type *MessageType

	// Invalid is set instead of Kind and Type when the value passed to
	// Routes() is nil or of a type the engine does not support (a user type
	// embedding a dogma route struct). It holds the Go type's name, or
	// "<nil>".
	Invalid string

	// Literal is true when the route was written as a struct literal rather
	// than built by a dogma route function.
	Literal bool

	Pos token.Pos
}

// Handler is the configuration of one message handler.
type Handler struct {
	Kind HandlerKind

	// GoType names the handler's Go type as a user reads it, e.g.
	// "*bank.AccountHandler".
	GoType string

	// Identities holds every Identity() call, in call order, that runs on
	// every path through Configure.
	Identities []Identity

	// IdentitiesComplete is false when Identity() may have been called in a
	// way the front end could not follow (a branch, a loop, an unknown
	// callee).
	IdentitiesComplete bool

	// IdentitySkips and IdentityRepeats are what the static front end
	// proves about the paths through Configure: statements that let a path
	// return without calling Identity, and calls that some path reaches
	// after another. Both are empty at run time, where one path runs.
	IdentitySkips   []IdentitySkip
	IdentityRepeats []IdentityRepeat

	// Routes holds every route passed to Routes() on every path through
	// Configure, in call order.
	Routes []Route

	// RoutesComplete is false when routes may have been added in a way the
	// front end could not follow.
	RoutesComplete bool

	// Disabled is true when Disable() is called on every path; DisabledKnown
	// is false when it may be called in a way the front end could not follow.
	Disabled, DisabledKnown bool

	// DeliveryPolicies holds each DeliveryPolicy() call (projections only).
	DeliveryPolicies []DeliveryPolicy

	// ConfigurePanic is the value Configure panicked with, formatted with
	// %v; empty when it returned normally.
	ConfigurePanic string

	// Keys are the rules the identity key follows, those of the program's
	// dogma; the zero value is RFC4122Keys (v0.15.x).
	Keys KeyRules

	// Timeouts are the names the program's dogma gives timeouts, which
	// problems use; the zero value is dogma v0.15.0's.
	Timeouts TimeoutNames

	// Pos is the position of the Configure method's declaration.
	Pos token.Pos
}

// TimeoutNames are the names of the program's dogma for timeouts, which
// v0.24.0 renamed deadlines. An empty field is dogma v0.15.0's name.
type TimeoutNames struct {
	// Route is the route function, "SchedulesTimeout".
	Route string
	// Noun is the message kind in lower case, "timeout".
	Noun string
	// Interface is the message interface, "dogma.Timeout".
	Interface string
}

// DeliveryPolicy is one call to a projection configurer's DeliveryPolicy().
type DeliveryPolicy struct {
	Nil bool
	Pos token.Pos
}

// Registration is one call to an application configurer's RegisterX().
type Registration struct {
	Kind HandlerKind

	// Func is the function that registers the handler as the program's
	// dogma names it, e.g. "ViaAggregate" for a route passed to the
	// application's Routes; empty means the RegisterX method for Kind.
	Func string

	// Handler is the registered handler's configuration, or nil when the
	// registered value is a nil handler.
	Handler *Handler

	// NilType is, for a nil handler that is a nil pointer rather than a nil
	// interface, the pointer's type (its Configure panics on it).
	NilType string

	Pos token.Pos
}

// App is the configuration of one dogma.Application.
type App struct {
	GoType string

	// Identities, IdentitiesComplete, IdentitySkips and IdentityRepeats
	// are as for Handler.
	Identities         []Identity
	IdentitiesComplete bool
	IdentitySkips      []IdentitySkip
	IdentityRepeats    []IdentityRepeat

	// Registrations holds every RegisterX() call that runs on every path
	// through Configure, in call order.
	Registrations []Registration

	// RegistrationsComplete is false when handlers may have been registered
	// in a way the front end could not follow.
	RegistrationsComplete bool

	ConfigurePanic string

	// Keys are as for Handler.
	Keys KeyRules

	Pos token.Pos
}
