// Package integrations holds the lending library's integration with the
// mail service that sends notices to members.
package integrations

import (
	"context"
	"errors"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/commands"
	"example.test/lending/messages/events"
)

// Mailer sends a notice to a member.
type Mailer interface {
	Send(ctx context.Context, memberID string, kind commands.NoticeKind) error
}

// ErrBounced is the error of a Mailer whose notice cannot be delivered;
// other errors are transient, and the command is retried.
var ErrBounced = errors.New("the notice bounced")

// NotifierHandler sends notices through a Mailer.
type NotifierHandler struct {
	Mailer Mailer
}

func (NotifierHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("notifier", "9d0e048c-6b3d-421f-9ba3-e718004e6a1c")
	c.Routes(
		dogma.HandlesCommand[*commands.SendNotice](),
		dogma.RecordsEvent[*events.NoticeSent](),
		dogma.RecordsEvent[*events.NoticeBounced](),
	)
	c.ConcurrencyPreference(dogma.MaximizeConcurrency)
}

func (h NotifierHandler) HandleCommand(ctx context.Context, s dogma.IntegrationCommandScope, c dogma.Command) error {
	switch c := c.(type) {
	case *commands.SendNotice:
		err := h.Mailer.Send(ctx, c.MemberID, c.Kind)
		switch {
		case errors.Is(err, ErrBounced):
			s.RecordEvent(&events.NoticeBounced{NoticeID: c.NoticeID, MemberID: c.MemberID, Reason: err.Error()})
		case err != nil:
			return err
		default:
			s.RecordEvent(&events.NoticeSent{NoticeID: c.NoticeID, MemberID: c.MemberID})
		}
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
