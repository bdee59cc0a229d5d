package commands

import (
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterCommand[*EnrolMember]("fd165389-e102-41a7-9abe-c6198fbbf3d2")
	dogma.RegisterCommand[*ChargeFine]("4c66122c-dc83-49b2-8ce0-5fdd9e2f81e9")
	dogma.RegisterCommand[*SettleFine]("e94d3555-f570-4cd5-aadc-b3d129d30c40")
}

// EnrolMember enrols a new member of the library.
type EnrolMember struct {
	MemberID string
	Name     string
}

func (c *EnrolMember) MessageDescription() string {
	return fmt.Sprintf("enrol %s as member %s", c.Name, c.MemberID)
}

func (c *EnrolMember) Validate(dogma.CommandValidationScope) error {
	if err := messages.RequireID("MemberID", c.MemberID); err != nil {
		return err
	}
	return messages.RequireID("Name", c.Name)
}

func (c *EnrolMember) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *EnrolMember) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }

// ChargeFine charges a member a fine for a late return.
type ChargeFine struct {
	MemberID string
	LoanID   string
	Pence    int64
}

func (c *ChargeFine) MessageDescription() string {
	return fmt.Sprintf("charge member %s %s for loan %s", c.MemberID, messages.FormatPence(c.Pence), c.LoanID)
}

func (c *ChargeFine) Validate(dogma.CommandValidationScope) error {
	if err := messages.RequireID("LoanID", c.LoanID); err != nil {
		return err
	}
	return messages.RequirePositive("Pence", c.Pence)
}

func (c *ChargeFine) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *ChargeFine) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }

// SettleFine records a member's payment towards their fines.
type SettleFine struct {
	MemberID string
	Pence    int64
}

func (c *SettleFine) MessageDescription() string {
	return fmt.Sprintf("member %s pays %s", c.MemberID, messages.FormatPence(c.Pence))
}

func (c *SettleFine) Validate(dogma.CommandValidationScope) error {
	if err := messages.RequireID("MemberID", c.MemberID); err != nil {
		return err
	}
	return messages.RequirePositive("Pence", c.Pence)
}

func (c *SettleFine) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *SettleFine) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }
