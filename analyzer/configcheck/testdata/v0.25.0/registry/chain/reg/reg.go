// Package reg registers a type of package msgs.
package reg

import (
	"github.com/dogmatiq/dogma"

	"example.test/configcheck/registry/chain/msgs"
)

func init() {
	dogma.RegisterEvent[*msgs.Elsewhere]("a6b8417a-30e3-4a3f-b14a-c2131aee2e88")
}
