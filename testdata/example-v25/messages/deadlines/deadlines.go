// Package deadlines holds the lending library's deadline messages.
package deadlines

import (
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterDeadline[*LoanDue]("b4f2ceb6-fc11-4c25-b2d4-fa1adf1f2f4e")
}

// LoanDue falls due when a loan's copy should be back; each time it falls
// due on a loan still open, the member is fined and reminded.
type LoanDue struct {
	LoanID string
	// Reminder counts the reminders sent before this one.
	Reminder int
}

func (d *LoanDue) MessageDescription() string {
	return fmt.Sprintf("loan %s is due (reminder %d)", d.LoanID, d.Reminder+1)
}

func (d *LoanDue) Validate(dogma.DeadlineValidationScope) error {
	return messages.RequireID("LoanID", d.LoanID)
}

func (d *LoanDue) MarshalBinary() ([]byte, error)    { return messages.Marshal(d) }
func (d *LoanDue) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, d) }
