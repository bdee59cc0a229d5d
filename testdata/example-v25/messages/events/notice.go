package events

import (
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterEvent[*NoticeSent]("1d95d295-82aa-4e38-983f-f616ddd8e30e")
	dogma.RegisterEvent[*NoticeBounced]("7b5a8084-05b7-4832-95f4-32ab7debb24b")
}

// NoticeSent records a notice the mail service accepted.
type NoticeSent struct {
	NoticeID string
	MemberID string
}

func (e *NoticeSent) MessageDescription() string {
	return fmt.Sprintf("notice %s sent to member %s", e.NoticeID, e.MemberID)
}

func (e *NoticeSent) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("NoticeID", e.NoticeID)
}

func (e *NoticeSent) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *NoticeSent) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// NoticeBounced records a notice the mail service could not deliver.
type NoticeBounced struct {
	NoticeID string
	MemberID string
	Reason   string
}

func (e *NoticeBounced) MessageDescription() string {
	return fmt.Sprintf("notice %s to member %s bounced: %s", e.NoticeID, e.MemberID, e.Reason)
}

func (e *NoticeBounced) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("NoticeID", e.NoticeID)
}

func (e *NoticeBounced) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *NoticeBounced) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }
