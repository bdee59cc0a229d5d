package events

import (
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterEvent[*MemberEnrolled]("9e306f0b-7614-43ab-811b-1d325540179d")
	dogma.RegisterEvent[*FineCharged]("e8d99fae-74cc-4ba8-822e-648786fe5ee7")
	dogma.RegisterEvent[*FineSettled]("754c8462-a961-4b2f-9cf2-f02f3ade9af7")
}

// MemberEnrolled records that a member joined the library.
type MemberEnrolled struct {
	MemberID string
	Name     string
}

func (e *MemberEnrolled) MessageDescription() string {
	return fmt.Sprintf("member %s (%s) enrolled", e.MemberID, e.Name)
}

func (e *MemberEnrolled) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("MemberID", e.MemberID)
}

func (e *MemberEnrolled) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *MemberEnrolled) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// FineCharged records a fine added to a member's account.
type FineCharged struct {
	MemberID string
	LoanID   string
	Pence    int64
}

func (e *FineCharged) MessageDescription() string {
	return fmt.Sprintf("member %s fined %s for loan %s", e.MemberID, messages.FormatPence(e.Pence), e.LoanID)
}

func (e *FineCharged) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("MemberID", e.MemberID)
}

func (e *FineCharged) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *FineCharged) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// FineSettled records a payment towards a member's fines.
type FineSettled struct {
	MemberID    string
	Pence       int64
	Outstanding int64
}

func (e *FineSettled) MessageDescription() string {
	return fmt.Sprintf("member %s paid %s, %s outstanding", e.MemberID, messages.FormatPence(e.Pence), messages.FormatPence(e.Outstanding))
}

func (e *FineSettled) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("MemberID", e.MemberID)
}

func (e *FineSettled) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *FineSettled) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }
