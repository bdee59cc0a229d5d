// Package importer compiles, but imports a package that does not: it
// cannot be checked either.
package importer

import "example.com/bad/types"

// Handler is the broken package's handler.
type Handler = types.Handler
