// Package dogmaapi recognises, by shape, the Dogma API that an analysed
// program is built on, and the objects of that API the analyzers need.
//
// dogmavet's analyzers read the analysed program's dogma package with
// go/types; the dogma version dogmavet itself is built with does not matter.
// [Find] locates that package as seen from the package under analysis and
// [Recognize] places it in one of the API generations from v0.15.0 to
// v0.25.0, or refuses it with an [*UnsupportedError] that names what was
// found. The result, an [*API], says how that generation works (how handlers
// are registered, whether handlers are generic over their root, whether
// timeouts are called deadlines, whether the message type registry exists,
// the projection OCC model, what a scope call after End does, the key rules)
// and recognises its interfaces, configurers, scopes, route functions,
// registry functions and behaviours, with the API's own names, so findings
// can say HandleDeadline where the program's dogma says so.
//
// Recognition is by shape, never by version alone: under go vet nothing
// says which module version a package came from. A caller that knows the
// version from the module build list passes it; a version outside the
// supported range is refused even when the shape looks familiar.
//
// Every object is looked up in the dogma package the program imports, never
// in the one dogmavet itself imports.
package dogmaapi
