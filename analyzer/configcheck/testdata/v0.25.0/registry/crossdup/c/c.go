// Package c imports a and d, whose registrations share an ID: c is the
// first package that sees both, and reports the conflict at the import of
// the package whose registration runs later. Package b's own conflict,
// which b reports, is not reported again here.
package c

import (
	_ "example.test/configcheck/registry/crossdup/a"
	_ "example.test/configcheck/registry/crossdup/b"
	_ "example.test/configcheck/registry/crossdup/d" // want `imported packages example.test/configcheck/registry/crossdup/d and example.test/configcheck/registry/crossdup/a conflict: registry ID "e95d2def-c5f1-4a98-87a9-189c472250b3" of \*d.Z is already the ID of \*a.X`
)
