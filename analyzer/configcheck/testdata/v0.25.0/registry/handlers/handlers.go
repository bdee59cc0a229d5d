// Package handlers routes the message types of package msgs: a route to a
// type that msgs registers in its init function is silent, through msgs'
// fact; a route to a type registered nowhere is reported.
package handlers

import (
	"github.com/dogmatiq/dogma"

	"example.test/configcheck/registry/msgs"
)

type AccountHandler struct{}

func (AccountHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("account", "c107555c-54ba-40f6-99ae-f7d767147c1f")
	c.Routes(
		dogma.HandlesCommand[*msgs.OpenAccount](),
		dogma.HandlesCommand[*msgs.CloseAccount](),
		dogma.RecordsEvent[*msgs.AccountOpened](),
		dogma.RecordsEvent[*msgs.UpperCase](),
		dogma.RecordsEvent[*msgs.Unregistered](), // want `RecordsEvent route for \*msgs.Unregistered needs the type in dogma's message type registry, .* register it with dogma.RegisterEvent\[\*msgs.Unregistered\]\(id\)`
	)
}
