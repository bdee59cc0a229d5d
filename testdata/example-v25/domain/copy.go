package domain

import (
	"encoding/json"
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/commands"
	"example.test/lending/messages/events"
)

// bookCopy is the aggregate root of one copy of a title.
type bookCopy struct {
	Title    string
	LoanID   string // the open loan, "" when on the shelf
	MemberID string
}

func (b *bookCopy) AggregateInstanceDescription() string {
	if b.LoanID == "" {
		return fmt.Sprintf("%q, on the shelf", b.Title)
	}
	return fmt.Sprintf("%q, lent to member %s", b.Title, b.MemberID)
}

func (b *bookCopy) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case *events.CopyAcquired:
		b.Title = e.Title
	case *events.CopyLent:
		b.LoanID = e.LoanID
		b.MemberID = e.MemberID
	case *events.LoanRefused:
		// The copy stays where it was.
	case *events.CopyReturned:
		b.LoanID = ""
		b.MemberID = ""
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (b *bookCopy) MarshalBinary() ([]byte, error)    { return json.Marshal(b) }
func (b *bookCopy) UnmarshalBinary(data []byte) error { return json.Unmarshal(data, b) }

// lend records the loan, or its refusal when the copy is out.
func (b *bookCopy) lend(s dogma.AggregateCommandScope[*bookCopy], c *commands.LendCopy) {
	if b.LoanID != "" {
		s.RecordEvent(&events.LoanRefused{
			LoanID:   c.LoanID,
			CopyID:   c.CopyID,
			MemberID: c.MemberID,
			Reason:   "the copy is on loan",
		})
		return
	}
	s.RecordEvent(&events.CopyLent{LoanID: c.LoanID, CopyID: c.CopyID, MemberID: c.MemberID, Due: c.Due})
}

// CopyHandler is the aggregate of the copies on the library's shelves.
type CopyHandler struct{}

func (CopyHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("copy", "9bcab120-7c0e-4eaf-8cda-38e50f35c8c7")
	c.Routes(
		dogma.HandlesCommand[*commands.AcquireCopy](),
		dogma.HandlesCommand[*commands.LendCopy](),
		dogma.HandlesCommand[*commands.ReturnCopy](),
		dogma.RecordsEvent[*events.CopyAcquired](),
		dogma.RecordsEvent[*events.CopyLent](),
		dogma.RecordsEvent[*events.LoanRefused](),
		dogma.RecordsEvent[*events.CopyReturned](),
	)
}

func (CopyHandler) New() *bookCopy {
	return &bookCopy{}
}

func (CopyHandler) RouteCommandToInstance(c dogma.Command) string {
	switch c := c.(type) {
	case *commands.AcquireCopy:
		return c.CopyID
	case *commands.LendCopy:
		return c.CopyID
	case *commands.ReturnCopy:
		return c.CopyID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (CopyHandler) HandleCommand(r *bookCopy, s dogma.AggregateCommandScope[*bookCopy], c dogma.Command) {
	switch c := c.(type) {
	case *commands.AcquireCopy:
		s.RecordEvent(&events.CopyAcquired{CopyID: c.CopyID, Title: c.Title})
	case *commands.LendCopy:
		r.lend(s, c)
	case *commands.ReturnCopy:
		if r.LoanID == "" {
			return // returned already
		}
		s.RecordEvent(&events.CopyReturned{
			LoanID:     r.LoanID,
			CopyID:     c.CopyID,
			MemberID:   r.MemberID,
			ReturnedAt: c.At,
		})
	default:
		panic(dogma.UnexpectedMessage)
	}
}
