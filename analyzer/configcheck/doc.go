// Package configcheck defines an Analyzer that reports violations of Dogma's
// configuration rules at compile time.
//
// # Analyzer configcheck
//
// configcheck: check the configuration of Dogma applications and handlers
//
// It applies validate's rules to the configurations dogmaconfig extracts,
// and reports each problem where it is made:
//
//   - identity rules (identity-missing, identity-multiple, identity-name,
//     identity-name-length, identity-name-utf8, identity-key,
//     identity-key-canonical) at the Identity call or its argument, at the
//     Configure declaration when Identity is never called, or at the
//     statement that lets a path through Configure skip it;
//   - required routes (missing-handles-command, missing-records-event,
//     missing-handles-event, missing-executes-command) at the Configure
//     declaration;
//   - route values (duplicate-route, invalid-route, nil-route-type,
//     route-receiver, route-message-kind, route-interface-type) at the route
//     expression, and nil-delivery-policy at the DeliveryPolicy call;
//   - application rules (nil-handler, duplicate-name, duplicate-key,
//     duplicate-command-handler, duplicate-event-recorder) at the RegisterX
//     call, with related positions for the other registration and route;
//   - message type registry rules (message-type-id,
//     message-type-registered-twice, duplicate-message-type-id,
//     message-type-unregistered) at the registry call, its ID or the route
//     (see below).
//
// For example:
//
//	func (AccountHandler) Configure(c dogma.AggregateConfigurer) { // aggregate has no RecordsEvent route
//		c.Identity("account", "3D4A4F0E-7F7E-4D53-9B1E-3C1F1F8A2B10") // not in canonical form
//		c.Routes(dogma.HandlesCommand[OpenAccount](), dogma.HandlesCommand[OpenAccount]()) // added more than once
//	}
//
//	func (App) Configure(c dogma.ApplicationConfigurer) {
//		c.Identity("bank", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
//		c.RegisterAggregate(AccountHandler{})
//		c.RegisterIntegration(OpeningIntegration{}) // both handle the command OpenAccount
//	}
//
// # Message type registry
//
// From dogma v0.16.0 every routed message type must be registered with
// dogma.RegisterCommand, RegisterEvent or RegisterTimeout (RegisterDeadline
// from v0.24.0). dogmaconfig collects the registrations each package
// certainly makes at start-up, in a package-level variable's initialiser or
// a statement of an init function that runs on every path, and passes them,
// with its imports', up the import graph as a RegistryFact. On dogma
// v0.15.x, which has no registry, nothing here applies.
//
//   - message-type-id is reported at the ID of the registration, in the
//     package that makes it, with a fix where the ID is a string literal:
//     the UUID it holds ({uuid}, urn:uuid:uuid, 32 digits), else a new
//     random one (dogma panics on the ID, so nothing was ever stored under
//     it);
//   - message-type-registered-twice and duplicate-message-type-id are
//     reported at the later registration when the package makes it (imports
//     are initialised first). When both registrations come from imported
//     packages, the conflict is reported once, in the first package that
//     sees both: the one none of whose imports sees both, at the import that
//     brings in the later registration. Any program linking that package
//     links both and panics, and reporting further up would repeat the
//     finding in every importer; reporting further down is impossible, as no
//     package below sees both. Facts flow only upwards, so packages that
//     each see both for the first time without importing one another (two
//     handler packages importing the same two message packages) each
//     report it;
//   - message-type-unregistered is reported at the route whose type no
//     visible registration registers, naming the type and the function to
//     call. The registry consulted is the one visible from the package that
//     checks the route: its own registrations and those of every package it
//     imports, directly or not. A handler's routes are checked in the
//     handler's package, where they can be reported at the route even under
//     go vet, which analyses one package at a time; but only for types whose
//     own package registers message types (dogma's convention is to
//     register a type next to its declaration), since otherwise the
//     registrations may be made by a package the handler's package does not
//     import, such as the application's. The other routes, of handlers an
//     application of the package registers, are checked at the application,
//     which sees at least as much, and reported at the route, or at the
//     handler's registration when the route is in another package. Each
//     route is so checked once. Only routes are checked: a handler producing
//     a type it does not route is scope-unrouted-message already, and a
//     routed type needs registering anyway.
//
// message-type-unregistered stays silent when any visible package uses a
// registry function in a way that cannot be followed (in a loop or a
// branch, after a statement that may return, in a closure, a deferred call
// or another function, through a generic helper, as a function value, or
// with a type argument or ID that cannot be evaluated): that use may
// register any type. Its blind spot is a registration made only by a
// package that imports the checking package, such as main registering the
// types of the packages it links: no fact flows downwards, so such a type
// is reported unregistered; so is a type left by its package, which
// registers others, to a package that the handler's package does not
// import. The registry is keyed by the Go type, so a route to *T is not
// satisfied by registering T; the finding then names the registered
// counterpart.
//
// Handlers are checked where they are declared, as an application
// registering them checks them (a handler that is disabled and configures
// nothing else is left out). Applications are checked where they are
// declared, with the registered handlers' configurations from facts, so
// conflicts between handlers of different packages are found. A registered
// instantiation of a generic handler is also checked at the registration,
// for what its type arguments add.
//
// Only what is proven is reported: configurations the extraction cannot
// follow (see dogmaconfig) are partial, and rules that need the missing
// part stay silent. The Category of each diagnostic is the rule ID and its
// URL the rule's documentation. Findings can be suppressed with
// //dogmavet:ignore <rule-id> <reason>.
package configcheck
