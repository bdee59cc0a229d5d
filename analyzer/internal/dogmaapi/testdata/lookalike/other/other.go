// Package other uses only the application's own package called dogma.
package other

import "example.test/lookalike/internal/dogma"

// Plugin is configured through the application's own configurer.
type Plugin struct{}

func (Plugin) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("plugin", "key")
}
