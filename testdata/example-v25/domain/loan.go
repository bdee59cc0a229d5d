package domain

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages/commands"
	"example.test/lending/messages/deadlines"
	"example.test/lending/messages/events"
)

// FinePerReminder is what a member is fined each time a loan falls due
// unreturned, in pence; ReminderInterval is the time between reminders.
const (
	FinePerReminder  = 50
	ReminderInterval = 7 * 24 * time.Hour
)

// loan is the process root of one loan.
type loan struct {
	CopyID    string
	MemberID  string
	Due       time.Time
	Reminders int
}

func (l *loan) ProcessInstanceDescription(ended bool) string {
	if ended {
		return fmt.Sprintf("copy %s returned by member %s", l.CopyID, l.MemberID)
	}
	return fmt.Sprintf("copy %s lent to member %s, %d reminders", l.CopyID, l.MemberID, l.Reminders)
}

func (l *loan) MarshalBinary() ([]byte, error)    { return json.Marshal(l) }
func (l *loan) UnmarshalBinary(data []byte) error { return json.Unmarshal(data, l) }

// LoanProcessHandler follows each loan from the lending of a copy to its
// return, fining and reminding the member each time it falls due.
type LoanProcessHandler struct{}

func (LoanProcessHandler) Configure(c dogma.ProcessConfigurer) {
	c.Identity("loan", "9bdfc515-c17f-4b81-98fe-486adc0ae0cf")
	c.Routes(
		dogma.HandlesEvent[*events.CopyLent](),
		dogma.HandlesEvent[*events.CopyReturned](),
		dogma.ExecutesCommand[*commands.ChargeFine](),
		dogma.ExecutesCommand[*commands.SendNotice](),
		dogma.SchedulesDeadline[*deadlines.LoanDue](),
	)
}

func (LoanProcessHandler) New() *loan {
	return &loan{}
}

func (LoanProcessHandler) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) {
	case *events.CopyLent:
		return e.LoanID, true, nil
	case *events.CopyReturned:
		return e.LoanID, true, nil
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (LoanProcessHandler) HandleEvent(
	_ context.Context,
	_ *loan,
	s dogma.ProcessEventScope[*loan],
	e dogma.Event,
) error {
	switch e := e.(type) {
	case *events.CopyLent:
		s.Mutate(func(l *loan) {
			l.CopyID = e.CopyID
			l.MemberID = e.MemberID
			l.Due = e.Due
		})
		s.ScheduleDeadline(&deadlines.LoanDue{LoanID: e.LoanID}, e.Due)
	case *events.CopyReturned:
		// Ending the loan discards the deadlines still scheduled.
		s.End()
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

func (LoanProcessHandler) HandleDeadline(
	_ context.Context,
	r *loan,
	s dogma.ProcessDeadlineScope[*loan],
	d dogma.Deadline,
) error {
	switch d := d.(type) {
	case *deadlines.LoanDue:
		if d.Reminder != r.Reminders {
			return nil // superseded by a later reminder
		}
		s.ExecuteCommand(&commands.ChargeFine{
			MemberID: r.MemberID,
			LoanID:   d.LoanID,
			Pence:    FinePerReminder,
		})
		s.ExecuteCommand(&commands.SendNotice{
			NoticeID: fmt.Sprintf("%s-overdue-%d", d.LoanID, d.Reminder+1),
			MemberID: r.MemberID,
			Kind:     commands.Overdue,
		})
		s.Mutate(func(l *loan) {
			l.Reminders++
		})
		s.ScheduleDeadline(
			&deadlines.LoanDue{LoanID: d.LoanID, Reminder: d.Reminder + 1},
			s.ScheduledFor().Add(ReminderInterval),
		)
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
