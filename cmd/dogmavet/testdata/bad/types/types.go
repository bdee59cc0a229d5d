// Package types holds a handler whose Configure does not type-check.
package types

import "github.com/dogmatiq/dogma"

// Handler is an integration handler with a type error in Configure.
type Handler struct {
	dogma.IntegrationMessageHandler
}

// Configure passes an int where Identity takes a string key.
func (Handler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("payments", 42)
}
