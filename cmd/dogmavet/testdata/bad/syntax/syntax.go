// Package syntax holds a handler whose Configure does not parse.
package syntax

import "github.com/dogmatiq/dogma"

// Handler is an integration handler with a syntax error in Configure.
type Handler struct{ dogma.IntegrationMessageHandler }

// Configure is missing the closing parenthesis of its Identity call.
func (Handler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("payments", "0b6f1d2a-7c4e-4d8b-9a3f-5e2c1b0a9d87"
}
