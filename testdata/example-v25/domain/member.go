package domain

import (
	"encoding/json"
	"fmt"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
	"example.test/lending/messages/commands"
	"example.test/lending/messages/events"
)

// member is the aggregate root of one library member.
type member struct {
	Name        string
	Enrolled    bool
	Outstanding int64 // fines not yet paid, in pence
}

func (m *member) AggregateInstanceDescription() string {
	if !m.Enrolled {
		return "not enrolled"
	}
	return fmt.Sprintf("%s, owing %s", m.Name, messages.FormatPence(m.Outstanding))
}

func (m *member) ApplyEvent(e dogma.Event) {
	switch e := e.(type) {
	case *events.MemberEnrolled:
		m.Enrolled = true
		m.Name = e.Name
	case *events.FineCharged:
		m.Outstanding += e.Pence
	case *events.FineSettled:
		m.Outstanding = e.Outstanding
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (m *member) MarshalBinary() ([]byte, error)    { return json.Marshal(m) }
func (m *member) UnmarshalBinary(data []byte) error { return json.Unmarshal(data, m) }

// enrol records the enrolment of a member not enrolled yet.
func (m *member) enrol(s dogma.AggregateCommandScope[*member], c *commands.EnrolMember) {
	if m.Enrolled {
		return // enrolling twice changes nothing
	}
	s.RecordEvent(&events.MemberEnrolled{MemberID: c.MemberID, Name: c.Name})
}

// settle records a payment, no larger than what the member owes.
func (m *member) settle(s dogma.AggregateCommandScope[*member], c *commands.SettleFine) {
	paid := min(c.Pence, m.Outstanding)
	if paid == 0 {
		return
	}
	s.RecordEvent(&events.FineSettled{
		MemberID:    c.MemberID,
		Pence:       paid,
		Outstanding: m.Outstanding - paid,
	})
}

// MemberHandler is the aggregate of library members and their fines.
type MemberHandler struct{}

func (MemberHandler) Configure(c dogma.AggregateConfigurer) {
	c.Identity("member", "72ab1f2a-e540-4b6b-83c2-fc0ee9920c8a")
	c.Routes(
		dogma.HandlesCommand[*commands.EnrolMember](),
		dogma.HandlesCommand[*commands.ChargeFine](),
		dogma.HandlesCommand[*commands.SettleFine](),
		dogma.RecordsEvent[*events.MemberEnrolled](),
		dogma.RecordsEvent[*events.FineCharged](),
		dogma.RecordsEvent[*events.FineSettled](),
	)
}

func (MemberHandler) New() *member {
	return &member{}
}

func (MemberHandler) RouteCommandToInstance(c dogma.Command) string {
	switch c := c.(type) {
	case *commands.EnrolMember:
		return c.MemberID
	case *commands.ChargeFine:
		return c.MemberID
	case *commands.SettleFine:
		return c.MemberID
	default:
		panic(dogma.UnexpectedMessage)
	}
}

func (MemberHandler) HandleCommand(r *member, s dogma.AggregateCommandScope[*member], c dogma.Command) {
	switch c := c.(type) {
	case *commands.EnrolMember:
		r.enrol(s, c)
	case *commands.ChargeFine:
		s.RecordEvent(&events.FineCharged{MemberID: c.MemberID, LoanID: c.LoanID, Pence: c.Pence})
	case *commands.SettleFine:
		r.settle(s, c)
	default:
		panic(dogma.UnexpectedMessage)
	}
}
