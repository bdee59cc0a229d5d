package integration

import (
	"context"

	"github.com/dogmatiq/dogma"
)

// LegacyCoreHandler used to forward commands to the legacy core banking
// system. Its routes were removed when the last command was retired, but the
// handler is still registered.
//
// CONFIGURATION DEFECTS: no HandlesCommand route; the key is the account
// aggregate's key spelled in upper case, which is the same key.
type LegacyCoreHandler struct{}

// Configure declares the handler's identity.
func (LegacyCoreHandler) Configure(c dogma.IntegrationConfigurer) { // defect: missing-handles-command
	c.Identity("legacy-core", "08EF0476-BB23-4B28-ABCE-E17EFF99FC6F") // defect: identity-key-canonical
}

// HandleCommand panics: the handler routes no commands, so none are expected.
func (LegacyCoreHandler) HandleCommand(
	context.Context,
	dogma.IntegrationCommandScope,
	dogma.Command,
) error {
	panic(dogma.UnexpectedMessage)
}
