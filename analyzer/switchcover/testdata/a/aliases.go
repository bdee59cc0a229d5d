package a

import (
	"context"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

type (
	openAlias   = messages.Open
	closeAlias  = messages.Close
	freezeAlias = messages.Freeze
	legacyAlias = messages.Legacy
)

// aliased routes and switches over types named through aliases: an alias
// is the type it names.
type aliased struct{}

func (aliased) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("aliased", "a295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[openAlias](),
		dogma.HandlesCommand[messages.Close](),
		dogma.HandlesCommand[*freezeAlias](),
	)
}

func (aliased) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) {
	case messages.Open:
	case closeAlias:
	case *messages.Freeze:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// aliasGaps misses a type routed through an alias, and has a dead case
// spelled through one.
type aliasGaps struct{}

func (aliasGaps) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("alias-gaps", "b295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[freezeAlias]())
}

func (aliasGaps) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) { // want `type switch in aliasGaps.HandleCommand has no case for routed type messages.Freeze, so the message reaches the default and panics with dogma.UnexpectedMessage: add a case`
	case openAlias:
	case legacyAlias: // want `case messages.Legacy in aliasGaps.HandleCommand never runs: the handler does not route messages.Legacy`
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
