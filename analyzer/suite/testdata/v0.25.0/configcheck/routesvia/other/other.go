// Package other declares a look-alike of dogma's ViaIntegration.
package other

import "github.com/dogmatiq/dogma"

// ViaIntegration is not dogma's: it is not known to register h.
func ViaIntegration(h dogma.IntegrationMessageHandler) dogma.HandlerRoute {
	return nil
}
