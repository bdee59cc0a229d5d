package a

import (
	"context"

	"example.test/scopecalls/a/messages"

	"github.com/dogmatiq/dogma"
)

// pointerProcess routes the pointer type.
type pointerProcess struct {
	dogma.StatelessProcessBehavior
	dogma.NoTimeoutMessagesBehavior
}

func (pointerProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity("pointer", "b07e14e6-8f5f-4d82-a199-5f4fa052ad45")
	c.Routes(
		dogma.HandlesEvent[messages.AccountOpened](),
		dogma.ExecutesCommand[*messages.Ship](),
	)
}

func (pointerProcess) RouteEventToInstance(context.Context, dogma.Event) (string, bool, error) {
	return "x", true, nil
}

func (pointerProcess) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, m dogma.Event) error {
	s.ExecuteCommand(&messages.Ship{})
	s.ExecuteCommand(messages.Ship{}) // want `pointerProcess.HandleEvent executes command messages.Ship, but it routes \*messages.Ship, a different type to the engine: pass a \*messages.Ship`
	return nil
}
