// Package handlerreturns defines an Analyzer that checks the values handler
// methods return against dogma's MUST rules.
//
// # Analyzer handlerreturns
//
// handlerreturns: check that New and the routing methods of Dogma handlers return valid values
//
// It reports, in the methods of types that implement a Dogma handler
// interface:
//
//   - new-returns-nil: an aggregate's or process's New() that returns nil,
//     either a nil interface or a nil pointer of the root type; dogma says
//     the return value MUST NOT be nil. When the returned expression is a
//     conversion such as (*T)(nil) of a struct type T, a fix replaces it
//     with &T{}.
//   - empty-instance-id: RouteCommandToInstance returning "", or
//     RouteEventToInstance returning "" together with ok true; dogma says the
//     ID MUST NOT be empty.
//
// # What it follows
//
// Each return statement is judged by the value it returns on every path,
// found by package values: a constant, nil, a nil pointer conversion, or a
// value reaching the return through a local variable that keeps the value
// of its declaration, a field of a struct literal, a function of the
// package whose only return is its last statement, or a named result
// returned bare. A package-level variable is not followed, since the
// package's tests may assign it:
//
//	var r *root
//	return r // a nil *root
//
// A routing method is also judged per routed message type, when the
// handler's routes are extracted in the same package. For each type it takes
// only the code that type reaches (its case of a type switch over the
// message, the branch of a type assertion on it) and follows the
// assignments to local variables along every path through that code. When
// every path returns an empty ID (with ok true), the finding names the type:
//
//	var id string
//	switch m := m.(type) {
//	case AccountOpened:
//		id = m.AccountID
//	case AccountClosed: // assigns nothing
//	}
//	return id, true, nil // empty for AccountClosed
//
// A condition it cannot evaluate, such as a field of the message or a
// parameter, counts both ways, so a finding holds whatever its value is. A
// path through panic, log.Fatal, os.Exit or a function of the package that
// always panics reaches no return. It
// stays silent where a value is assigned on some paths, escapes (its
// address taken, captured by a closure), is read from the handler's fields
// or comes from other code, and in methods that use labels, goto or select.
package handlerreturns
