// Package registry tests the message type registry rules on dogma v0.25.0:
// each registration in init is checked, and each route needs its type
// registered. The look-alikes below stay silent: registered types, an
// upper-case ID (the same UUID), and a function named RegisterEvent that is
// not dogma's.
package registry

import "github.com/dogmatiq/dogma"

type base struct{}

func (*base) MessageDescription() string     { return "" }
func (*base) MarshalBinary() ([]byte, error) { return nil, nil }
func (*base) UnmarshalBinary([]byte) error   { return nil }

type command struct{ base }

func (*command) Validate(dogma.CommandValidationScope) error { return nil }

type event struct{ base }

func (*event) Validate(dogma.EventValidationScope) error { return nil }

type deadline struct{ base }

func (*deadline) Validate(dogma.DeadlineValidationScope) error { return nil }

type (
	Open      struct{ command }
	Opened    struct{ event }
	Copied    struct{ event }
	BadID     struct{ event }
	Expired   struct{ deadline }
	Forgotten struct{ event }
	Late      struct{ deadline }
	LookAlike struct{ event }
)

// RegisterEvent is not dogma's: it registers nothing and its IDs are not
// checked.
func RegisterEvent[T any](string) {}

func init() {
	dogma.RegisterCommand[*Open]("3f213e9a-aaac-4502-9c6e-22caf6d1dcb8")
	dogma.RegisterEvent[*Opened]("fe3517c0-c854-4faa-b1d2-ba2c55f2397b")
	dogma.RegisterDeadline[*Expired]("6E0AAC85-2E32-453D-8ED6-8AC08572D24B")
	dogma.RegisterEvent[*Copied]("fe3517c0-c854-4faa-b1d2-ba2c55f2397b") // want `registry ID "fe3517c0-c854-4faa-b1d2-ba2c55f2397b" of \*registry.Copied is already the ID of \*registry.Opened; dogma.RegisterEvent panics`
	dogma.RegisterEvent[*BadID]("bad-id")                                // want `registry ID "bad-id" of \*registry.BadID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[*Opened]("de7699b5-5385-4830-9c1d-c92e41873e30") // want `\*registry.Opened is registered again, with ID "de7699b5-5385-4830-9c1d-c92e41873e30" after "fe3517c0-c854-4faa-b1d2-ba2c55f2397b", and dogma.RegisterEvent panics`
	RegisterEvent[*LookAlike]("not-a-uuid")
	RegisterEvent[*Opened]("fe3517c0-c854-4faa-b1d2-ba2c55f2397b")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "c71f0063-d3ea-4877-8944-287d162f61b1")
	c.Routes(
		dogma.HandlesCommand[*Open](),
		dogma.RecordsEvent[*Opened](),
		dogma.RecordsEvent[*Forgotten](), // want `RecordsEvent route for \*registry.Forgotten needs the type in dogma's message type registry, .*register it with dogma.RegisterEvent\[\*registry.Forgotten\]\(id\)`
		dogma.RecordsEvent[*LookAlike](), // want `RecordsEvent route for \*registry.LookAlike needs the type`
	)
}

type Process struct{}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "b029e128-bde6-4327-b6f4-f8b42dbdc301")
	c.Routes(
		dogma.HandlesEvent[*Opened](),
		dogma.ExecutesCommand[*Open](),
		dogma.SchedulesDeadline[*Expired](),
		dogma.SchedulesDeadline[*Late](), // want `SchedulesDeadline route for \*registry.Late needs the type .*register it with dogma.RegisterDeadline\[\*registry.Late\]\(id\)`
	)
}
