package dogmaconfig

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dogmavet/dogmavet/analyzer/internal/posn"
	"github.com/dogmavet/dogmavet/validate"
)

// A summary is what extraction proves about one Configure method, in a form
// that survives gob encoding: it holds no go/types or token values, so it can
// travel to other packages as a fact. Positions are stored as file names and
// offsets (see Posn) and mapped back only when the file is known.

// Posn is a source position that survives the trip between packages.
type Posn = posn.Posn

// IdentitySummary is one Identity() call.
type IdentitySummary struct {
	Name, Key            string
	NameKnown, KeyKnown  bool
	Pos, NamePos, KeyPos Posn

	// NameField and KeyField name the field of the Configure method's
	// receiver that an unknown name or key is read from, as in
	// c.Identity(h.Name, h.Key); an application registering a value whose
	// fields are known knows them (see registered.go).
	NameField, KeyField string
}

// RouteSummary is one route passed to Routes().
type RouteSummary struct {
	Kind validate.RouteKind

	// Type is the message type, or nil when the route's Type field is nil or
	// the type is a type parameter (see TypeParam).
	Type *validate.MessageType

	// TypeParam is 1 + the index of the handler's type parameter that is the
	// message type (or whose pointer is, see TypeParamPointer); 0 when the
	// type does not come from a type parameter. A route whose type depends on
	// a type parameter in any other way is not recorded (the routes are then
	// incomplete).
	TypeParam        int
	TypeParamPointer bool

	Invalid string
	Literal bool
	Pos     Posn
}

// PolicySummary is one DeliveryPolicy() call.
type PolicySummary struct {
	Nil bool
	Pos Posn
}

// HandlerSummary is what is known about a handler type's Configure method.
// Its fields mirror validate.Handler.
type HandlerSummary struct {
	Kind   validate.HandlerKind
	GoType string

	Identities         []IdentitySummary
	IdentitiesComplete bool

	// IdentitySkips and IdentityRepeats are the findings of the identity
	// path analysis (see identitypaths.go).
	IdentitySkips   []IdentitySkipSummary
	IdentityRepeats []IdentityRepeatSummary

	Routes         []RouteSummary
	RoutesComplete bool

	Disabled, DisabledKnown bool

	DeliveryPolicies []PolicySummary

	// TypeParams is the number of type parameters of the handler type.
	TypeParams int

	// RouteFields are route slices read from fields of the Configure
	// method's receiver and spread into Routes on every path, as in
	// c.Routes(h.routes...). Until a registration with a known value of the
	// field adds their routes, the routes are partial.
	RouteFields []RouteFieldSummary

	// Delegates are calls, on every path, of the Configure method of a
	// value whose type is one of the handler's type parameters, as in a
	// generic wrapper's h.Inner.Configure(c). Where the handler is
	// instantiated, the type argument's configuration is added; until then
	// the configuration is partial.
	Delegates []DelegateSummary

	Pos Posn
}

// RouteFieldSummary is one route slice spread from a receiver field.
type RouteFieldSummary struct {
	Field string
	Pos   Posn
}

// DelegateSummary is one Configure call delegated to a type parameter.
type DelegateSummary struct {
	// TypeParam is 1 + the index of the handler's type parameter.
	TypeParam int
	Pos       Posn
}

// RegistrationSummary is one RegisterX() call of an application.
type RegistrationSummary struct {
	Kind validate.HandlerKind

	// Handler is nil for a nil handler; otherwise it is the registered
	// handler's summary with its type arguments applied, and with the
	// registered value's fields where they are known.
	Handler *HandlerSummary

	// NilType is the type of a nil pointer registered as the handler,
	// whose Configure panics when called on it; "" for a nil interface.
	NilType string

	Pos Posn
}

// ApplicationSummary is what is known about an application type's Configure
// method. Its fields mirror validate.App.
type ApplicationSummary struct {
	GoType string

	Identities         []IdentitySummary
	IdentitiesComplete bool
	IdentitySkips      []IdentitySkipSummary
	IdentityRepeats    []IdentityRepeatSummary

	Registrations         []RegistrationSummary
	RegistrationsComplete bool

	// Adaptors are the registrations, left out of Registrations, whose
	// handler is the result of a call that extraction could not follow,
	// such as projectionkit's sqlprojection.New(db, driver, &p): the
	// handler they register is unknown, but it is likely built from the
	// call's arguments. It tells a reader why a handler type appears to be
	// registered nowhere; checks must not rely on it.
	Adaptors []AdaptorRegistration

	Pos Posn
}

// AdaptorRegistration is a RegisterX call whose argument is a call that
// extraction could not follow.
type AdaptorRegistration struct {
	Kind validate.HandlerKind

	// Func is the called function, qualified by its package's import path:
	// "github.com/dogmatiq/projectionkit/sqlprojection.New".
	Func string

	// ArgTypes are the types of the call's arguments, written as
	// HandlerSummary.GoType writes types.
	ArgTypes []string

	Pos Posn
}

// HandlersFact is the package fact of every package that declares handler
// types (types with a Configure method taking a dogma handler configurer),
// so that an application in another package can check the handlers it
// registers.
//
// It is a package fact, not a fact on each type, because the analysis
// drivers pass a package's facts about its types on to every package that
// imports it, directly or not: under go vet, every test package importing
// an application then decoded the summary of every handler of the
// application again, a cost that grew with the square of its size
// (BENCHMARKS.md, realistic shape). A package fact reaches direct importers
// only. An application names the types it registers, so it imports their
// packages; a handler whose type is declared in a package the application
// does not import (a constructor of another package returning it, a
// Configure promoted from an embedded type of a third package) is not
// followed, and the registrations are then incomplete.
type HandlersFact struct {
	// Handlers are the package's handler types, in declaration order.
	Handlers []DeclaredHandler

	// Files holds the file names of the positions, each once (see
	// posn.Pack).
	Files []string
}

// DeclaredHandler is one handler type of a HandlersFact.
type DeclaredHandler struct {
	// Name is the type's name in its package.
	Name    string
	Summary HandlerSummary
}

// newHandlersFact returns the fact exported for the package's handlers.
func newHandlersFact(hs []*Handler) *HandlersFact {
	declared := make([]DeclaredHandler, len(hs))
	for i, h := range hs {
		declared[i] = DeclaredHandler{Name: h.Object.Name(), Summary: *h.Summary}
	}
	packed, files := posn.Pack(declared)
	return &HandlersFact{Handlers: packed, Files: files}
}

// AFact marks HandlersFact as an analysis fact.
func (*HandlersFact) AFact() {}

// String writes one line per handler, each starting with a newline, so
// that a test can match one handler's line.
func (f *HandlersFact) String() string {
	var b strings.Builder
	for _, h := range f.Handlers {
		b.WriteString("\n" + h.Summary.String())
	}
	return b.String()
}

// ApplicationFact is exported on the type name of every application type.
// It names each registered handler by its type only: no analyzer reads
// another package's application, and with whole handler summaries every
// importer of the application package (its tests, typically) decoded the
// configuration of every handler again, a cost that grew with the
// application (BENCHMARKS.md, realistic shape under go vet).
type ApplicationFact struct{ Summary ApplicationSummary }

// newApplicationFact returns the fact exported for s.
func newApplicationFact(s *ApplicationSummary) *ApplicationFact {
	f := &ApplicationFact{Summary: *s}
	f.Summary.Registrations = make([]RegistrationSummary, len(s.Registrations))
	for i, r := range s.Registrations {
		if r.Handler != nil {
			r.Handler = &HandlerSummary{GoType: r.Handler.GoType}
		}
		f.Summary.Registrations[i] = r
	}
	return f
}

// AFact marks ApplicationFact as an analysis fact.
func (*ApplicationFact) AFact() {}

func (f *ApplicationFact) String() string { return f.Summary.String() }

var kindNames = [...]string{"aggregate", "process", "integration", "projection"}

func kindName(k validate.HandlerKind) string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "handler(" + strconv.Itoa(int(k)) + ")"
}

var routeNames = [...]string{"HandlesCommand", "RecordsEvent", "HandlesEvent", "ExecutesCommand", "SchedulesTimeout"}

func routeName(k validate.RouteKind) string {
	if int(k) < len(routeNames) {
		return routeNames[k]
	}
	return "route(" + strconv.Itoa(int(k)) + ")"
}

// String renders the summary compactly; tests match facts against it, so
// it avoids regular expression metacharacters where it can. Lists are in
// angle brackets; "partial" says a list is incomplete, "unknown" stands for
// a value that is not constant.
func (s HandlerSummary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", kindName(s.Kind), s.GoType)
	writeIdentities(&b, s.Identities, s.IdentitiesComplete)
	b.WriteString(" routes<")
	for i, r := range s.Routes {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(r.String())
	}
	writeIncomplete(&b, len(s.Routes), s.RoutesComplete)
	b.WriteString(">")
	switch {
	case !s.DisabledKnown:
		b.WriteString(" disabled:unknown")
	case s.Disabled:
		b.WriteString(" disabled")
	}
	for _, p := range s.DeliveryPolicies {
		if p.Nil {
			b.WriteString(" policy:nil")
		} else {
			b.WriteString(" policy")
		}
	}
	for _, d := range s.Delegates {
		fmt.Fprintf(&b, " delegates:typeparam%d", d.TypeParam-1)
	}
	for _, r := range s.RouteFields {
		b.WriteString(" routes:field:" + r.Field)
	}
	return b.String()
}

func (r RouteSummary) String() string {
	lit := ""
	if r.Literal {
		lit = "literal:"
	}
	switch {
	case r.Invalid != "":
		return "invalid:" + r.Invalid
	case r.TypeParam > 0:
		ptr := ""
		if r.TypeParamPointer {
			ptr = "ptr:"
		}
		return fmt.Sprintf("%s%s:%stypeparam%d", lit, routeName(r.Kind), ptr, r.TypeParam-1)
	case r.Type == nil:
		return lit + routeName(r.Kind) + ":nil"
	default:
		return lit + routeName(r.Kind) + ":" + r.Type.Display
	}
}

func (s ApplicationSummary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "application %s", s.GoType)
	writeIdentities(&b, s.Identities, s.IdentitiesComplete)
	b.WriteString(" handlers<")
	for i, r := range s.Registrations {
		if i > 0 {
			b.WriteString(" ")
		}
		switch {
		case r.Handler == nil && r.NilType != "":
			b.WriteString("nil:" + r.NilType)
		case r.Handler == nil:
			b.WriteString("nil")
		default:
			b.WriteString(r.Handler.GoType)
		}
	}
	writeIncomplete(&b, len(s.Registrations), s.RegistrationsComplete)
	b.WriteString(">")
	return b.String()
}

func writeIdentities(b *strings.Builder, ids []IdentitySummary, complete bool) {
	b.WriteString(" identity<")
	for i, id := range ids {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(knownString(id.Name, id.NameKnown) + "/" + knownString(id.Key, id.KeyKnown))
	}
	writeIncomplete(b, len(ids), complete)
	b.WriteString(">")
}

func knownString(s string, known bool) string {
	if !known {
		return "unknown"
	}
	return strconv.Quote(s)
}

func writeIncomplete(b *strings.Builder, n int, complete bool) {
	switch {
	case complete:
	case n > 0:
		b.WriteString(" partial")
	default:
		b.WriteString("partial")
	}
}
