package domain

import (
	"context"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/commands"
	"example.test/lending/messages/events"
)

// WelcomeProcessHandler greets each new member. It keeps no state and
// schedules no deadlines.
type WelcomeProcessHandler struct {
	dogma.StatelessProcessBehavior
	dogma.NoDeadlineMessagesBehavior[*dogma.StatelessProcessRoot]
}

func (WelcomeProcessHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("welcome", "aa75d7ff-7094-4322-9e0d-e0ee5467e403")
	c.Routes(
		dogma.HandlesEvent[*events.MemberEnrolled](),
		dogma.ExecutesCommand[*commands.SendNotice](),
	)
}

func (WelcomeProcessHandler) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) {
	case *events.MemberEnrolled:
		return e.MemberID, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (WelcomeProcessHandler) HandleEvent(
	_ context.Context,
	_ *dogma.StatelessProcessRoot,
	s dogma.ProcessEventScope[*dogma.StatelessProcessRoot],
	e dogma.Event,
) error {
	switch e := e.(type) {
	case *events.MemberEnrolled:
		s.ExecuteCommand(&commands.SendNotice{
			NoticeID: e.MemberID + "-welcome",
			MemberID: e.MemberID,
			Kind:     commands.Welcome,
		})
		s.End()
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
