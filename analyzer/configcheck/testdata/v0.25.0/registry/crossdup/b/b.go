// Package b registers a.Y again: b imports a, so the conflict is visible,
// and reported, here.
package b

import (
	"github.com/dogmatiq/dogma"

	"example.test/configcheck/registry/crossdup/a"
)

func init() {
	dogma.RegisterEvent[*a.Y]("a6dba8b5-63b0-4023-b8e6-0be626e5c74a") // want `\*a.Y is registered again, with ID "a6dba8b5-63b0-4023-b8e6-0be626e5c74a" after "91a6870a-26e8-43bf-8169-86616266d873"`
}
