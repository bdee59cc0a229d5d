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
//     call, with related positions for the other registration and route.
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
