// Package dogmaconfig defines an Analyzer that extracts the configuration of
// Dogma applications and handlers from source, for other analyzers.
//
// # Analyzer dogmaconfig
//
// dogmaconfig: extract the configuration of Dogma applications and handlers from source
//
// It reports nothing. For every type of the package with a Configure method
// taking a dogma handler configurer (a handler) or a
// dogma.ApplicationConfigurer (an application), it walks the method's body
// with go/types and fills validate's configuration model. Its Result holds
// those models; its facts carry them to other packages, so an application
// can check handlers declared elsewhere.
//
// # What it follows
//
// Identities are known when each argument's value is, as package values
// evaluates it: a string literal, a named or typed constant, a constant
// expression, a helper parameter bound to one of those, or a local
// variable or a field of a struct literal that holds one and is never
// reassigned (a package-level variable is not followed: the package's tests
// may assign it):
//
//	c.Identity("accounts", "3d4a4f0e-7f7e-4d53-9b1e-3c1f1f8a2b10")
//	c.Identity(prefix+"-accounts", key)
//
// Routes are known when built by dogma's route functions, including with a
// type parameter that the handler's instantiation fixes, or written as route
// struct literals whose Type is reflect.TypeOf(v) of a concrete value,
// reflect.TypeFor[T](), reflect.TypeOf((*T)(nil)).Elem() or nil:
//
//	c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.RecordsEvent[AccountOpened]())
//	c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeOf(OpenAccount{})})
//
// A slice spread into Routes is followed when it is a slice literal, a local
// variable built with literals and append on every path, the result of a
// function of the package that builds and returns it, or an unexported
// package-level variable that nothing but Routes calls uses. nil and values of
// concrete types other than dogma's route structs are recorded as invalid
// routes.
//
// Calls of functions and methods of the package that receive the
// configurer are followed (with a recursion guard), as are Disable() and
// DeliveryPolicy(). A function of another package with an exported name
// and one handler configurer parameter is followed through the
// ConfigurerHelperFact its package exports: what it does to the configurer,
// summarized without knowing its other arguments (an identity built from
// them is unknown). A route slice returned by a function of another package
// without parameters is followed through its RouteSliceFact, when that
// package could evaluate it as it evaluates its own route constructors. A generic wrapper that passes the configurer to the
// Configure method of a value of one of its type parameters, as in
// w.Inner.Configure(c), gets the wrapped handler's configuration where it is
// instantiated; a wrapper calling the Configure method of a handler of
// another package gets that handler's configuration from its fact.
//
// Registrations are known for values and pointers of concrete handler
// types, type aliases, struct fields, instantiated generic handlers,
// constructors returning a concrete type, and functions of the package that
// return an interface but always the same concrete type. A value that is a
// nil interface on every path (nil, or through a variable, a field or a
// constructor) is a nil handler, and so is a nil pointer whose Configure
// has a value receiver or is promoted from an embedded field; a nil pointer
// with a pointer-receiver Configure is registered as its type. A
// DeliveryPolicy argument that is a nil interface is a nil policy.
//
// # Registered values
//
// Where a handler of this package is registered as a struct literal, or
// through a constructor of the package whose only return builds one, the
// values of its fields are known. Its Configure is then walked again for
// that registration with the receiver bound to the value, so that
// c.Identity(h.Name, h.Key), conditions such as if h.Broadcast { … } and
// route slices held in fields (c.Routes(h.routes...)) are followed per
// registration; fields the literal leaves out are zero. The registration's
// configuration replaces the handler's own in the application, and
// Application.Generic holds the handler's own. For a handler of another
// package, whose Configure is not walked again, its fact names the receiver
// fields that its identity arguments and the route slices spread into
// Routes are read from (when they are read in Configure itself, on every
// path); a registration whose value sets or omits those fields fills them
// in, and the rest of that configuration stays the handler's own. Fields
// are not known where the value is assigned in part after construction,
// its address escapes, a pointer to it is copied, or Configure calls a
// pointer-receiver method on it.
//
// # Three values
//
// Each part of a configuration (identities, routes, the disabled flag,
// registrations) is either known, or partial. A call made on some but not
// every path (in a branch, a switch case, a loop, after a conditional
// return, a defer or go statement, a function with goto) is never recorded
// as made; it makes its part partial. So does anything extraction cannot
// follow: a non-constant argument, a configurer stored, passed to an
// interface method, a function value or a function of another package, or
// captured by a closure. A branch with a constant condition is followed, and
// an if/else whose branches make the same calls with the same values makes
// them on every path. A branch that ends in a call that never returns
// (panic, log.Fatal, log.Panic, os.Exit, runtime.Goexit, or a function of
// the package whose every path does) returns nothing, so the calls after it
// are made on every path that returns; so are the calls of the one branch
// of an if/else, or the one clause of a switch with a default, whose
// siblings all end in such a call. A Configure that never returns is
// partial in every part.
// validate's rules that need a whole part (a missing identity, a missing
// route, uniqueness) fire only when it is known, so partial configurations
// produce no false findings.
//
// # Paths of Identity calls
//
// On top of what holds on every path, the Identity calls are followed path
// by path (HandlerSummary.IdentitySkips and IdentityRepeats), over the
// control-flow graphs of Configure and of the functions of the package it
// passes the configurer to. A skip is a path that returns from Configure
// without calling Identity, recorded at the last if, switch, type switch,
// select, for or range statement on it whose other branch could still have
// called Identity; a repeat is an Identity call that some path reaches after
// another. A condition whose value is not known may go either way. Not
// skipping: a branch a constant condition rules out, the zero-iteration exit
// of a loop whose count is known to be at least one, a path that ends in a
// call that never returns (panic, log.Fatal, log.Panic, os.Exit,
// runtime.Goexit, or a function of the package whose every path does), and a
// path that calls Disable. A path that went round a loop that may call
// Identity is no witness of a repeat. Two decisions on a path whose
// conditions may depend on each other (a shared variable or field, a call)
// make the path unproven, unless they test the same condition over values
// that do not change, which must then agree. Nothing is recorded for an
// entity whose configurer goes anywhere else than the calls above and the
// Configure of a handler of another package whose Identity calls are known.
//
// # Message type registry
//
// From dogma v0.16.0, every package's registry calls are collected
// (registry.go): a call of dogma.RegisterCommand, RegisterEvent or
// RegisterTimeout (RegisterDeadline) is a registration when it is the
// value of a package-level variable or a statement of an init function
// that runs on every path through it (no earlier statement may return or
// never returns, and the function has no label or goto), its type argument
// is a concrete type and its ID evaluates to a constant string. Any other
// use of a registry function makes the registry incomplete. A
// *RegistryFact on the package carries the registrations of the package
// and of its whole import closure, merged from its direct imports' facts
// (the only package facts a driver passes on), and the incomplete flag;
// Result.Registry holds it for configcheck.
//
// # Facts
//
// A *HandlersFact is exported on each package that declares handler types
// (a package fact, which reaches direct importers only: see its doc) and an
// *ApplicationFact on each application type; a *ConfigurerHelperFact or
// *RouteSliceFact on each function that other packages can follow (see
// above); a *RegistryFact on each package that sees a registration or a
// registry use it cannot follow. They hold HandlerSummary and
// ApplicationSummary values: plain data, gob-encoded deterministically,
// with positions stored as file, offset, line and column. A position is
// mapped back only when its file is in the pass's file set with the same
// layout; otherwise it is dropped.
package dogmaconfig
