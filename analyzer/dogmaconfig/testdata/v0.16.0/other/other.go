// Package other declares look-alikes of dogma's Via functions.
package other

import "github.com/dogmatiq/dogma"

// ViaIntegration has the name of dogma's function but is not it: what it
// returns is not known to register h.
func ViaIntegration(h dogma.IntegrationMessageHandler) dogma.HandlerRoute {
	return dogma.ViaProjection(nil)
}
