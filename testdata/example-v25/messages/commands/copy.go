package commands

import (
	"fmt"
	"time"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterCommand[*AcquireCopy]("0d7f8be7-8c3b-426c-ab03-6db5320f696b")
	dogma.RegisterCommand[*LendCopy]("8533f1ef-3c4b-4da4-9640-af9a90fbd4ca")
	dogma.RegisterCommand[*ReturnCopy]("3abbd908-7ce6-40f8-845a-96f538b06ad0")
}

// AcquireCopy adds a copy of a title to the library's stock.
type AcquireCopy struct {
	CopyID string
	Title  string
}

func (c *AcquireCopy) MessageDescription() string {
	return fmt.Sprintf("acquire copy %s of %q", c.CopyID, c.Title)
}

func (c *AcquireCopy) Validate(dogma.CommandValidationScope) error {
	if err := messages.RequireID("CopyID", c.CopyID); err != nil {
		return err
	}
	return messages.RequireID("Title", c.Title)
}

func (c *AcquireCopy) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *AcquireCopy) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }

// LendCopy lends a copy to a member until a due date.
type LendCopy struct {
	LoanID   string
	CopyID   string
	MemberID string
	Due      time.Time
}

func (c *LendCopy) MessageDescription() string {
	return fmt.Sprintf("lend copy %s to member %s until %s (loan %s)", c.CopyID, c.MemberID, c.Due.Format(time.DateOnly), c.LoanID)
}

func (c *LendCopy) Validate(dogma.CommandValidationScope) error {
	for _, f := range [][2]string{{"LoanID", c.LoanID}, {"CopyID", c.CopyID}, {"MemberID", c.MemberID}} {
		if err := messages.RequireID(f[0], f[1]); err != nil {
			return err
		}
	}
	if c.Due.IsZero() {
		return messages.ErrNoDueDate
	}
	return nil
}

func (c *LendCopy) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *LendCopy) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }

// ReturnCopy records that a lent copy is back on the shelf.
type ReturnCopy struct {
	CopyID string
	At     time.Time
}

func (c *ReturnCopy) MessageDescription() string {
	return fmt.Sprintf("return copy %s", c.CopyID)
}

func (c *ReturnCopy) Validate(dogma.CommandValidationScope) error {
	return messages.RequireID("CopyID", c.CopyID)
}

func (c *ReturnCopy) MarshalBinary() ([]byte, error)    { return messages.Marshal(c) }
func (c *ReturnCopy) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, c) }
