package commands

import (
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

// The registry may equally be fed from a package-level declaration.
var _ = registerNotices()

func registerNotices() bool {
	dogma.RegisterCommand[*SendNotice]("c1e0dcc8-56c3-48c8-a283-d8f56dff4588")
	return true
}

// NoticeKind is the kind of a notice sent to a member.
type NoticeKind string

const (
	// Welcome greets a new member.
	Welcome NoticeKind = "welcome"
	// Overdue reminds a member that a loan is overdue.
	Overdue NoticeKind = "overdue"
)

// SendNotice sends a notice to a member by e-mail.
type SendNotice struct {
	NoticeID string
	MemberID string
	Kind     NoticeKind
}

func (c *SendNotice) MessageDescription() string {
	return fmt.Sprintf("send a %s notice to member %s", c.Kind, c.MemberID)
}

func (c *SendNotice) Validate(dogma.CommandValidationScope) error {
	if err := messages.RequireID("NoticeID", c.NoticeID); err != nil {
		return err
	}
	if c.Kind != Welcome && c.Kind != Overdue {
		return fmt.Errorf("unknown notice kind %q", c.Kind)
	}
	return messages.RequireID("MemberID", c.MemberID)
}

func (c *SendNotice) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *SendNotice) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }
