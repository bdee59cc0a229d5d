// Package registry tests the message type registry rules on dogma v0.17.0:
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

type timeout struct{ base }

func (*timeout) Validate(dogma.TimeoutValidationScope) error { return nil }

type (
	Open      struct{ command }
	Opened    struct{ event }
	Copied    struct{ event }
	BadID     struct{ event }
	Expired   struct{ timeout }
	Forgotten struct{ event }
	Late      struct{ timeout }
	LookAlike struct{ event }
)

// RegisterEvent is not dogma's: it registers nothing and its IDs are not
// checked.
func RegisterEvent[T any](string) {}

func init() {
	dogma.RegisterCommand[*Open]("400ffed1-bfa1-497b-95f7-dd061986534f")
	dogma.RegisterEvent[*Opened]("a7b4004d-1d8f-4768-946c-858db46261a2")
	dogma.RegisterTimeout[*Expired]("674F6D33-7E1A-4916-9D48-282906390F78")
	dogma.RegisterEvent[*Copied]("a7b4004d-1d8f-4768-946c-858db46261a2") // want `registry ID "a7b4004d-1d8f-4768-946c-858db46261a2" of \*registry.Copied is already the ID of \*registry.Opened; dogma.RegisterEvent panics`
	dogma.RegisterEvent[*BadID]("bad-id")                                // want `registry ID "bad-id" of \*registry.BadID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[*Opened]("dc7a2f53-9b5b-4770-8501-4995fd7d3b57") // want `\*registry.Opened is registered again, with ID "dc7a2f53-9b5b-4770-8501-4995fd7d3b57" after "a7b4004d-1d8f-4768-946c-858db46261a2", and dogma.RegisterEvent panics`
	RegisterEvent[*LookAlike]("not-a-uuid")
	RegisterEvent[*Opened]("a7b4004d-1d8f-4768-946c-858db46261a2")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "3934f7eb-63db-4ddf-980f-804aaaae4e45")
	c.Routes(
		dogma.HandlesCommand[*Open](),
		dogma.RecordsEvent[*Opened](),
		dogma.RecordsEvent[*Forgotten](), // want `RecordsEvent route for \*registry.Forgotten needs the type in dogma's message type registry, .*register it with dogma.RegisterEvent\[\*registry.Forgotten\]\(id\)`
		dogma.RecordsEvent[*LookAlike](), // want `RecordsEvent route for \*registry.LookAlike needs the type`
	)
}

type Process struct{}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "84e2a8ca-0c23-44b8-a878-5bffde9c14aa")
	c.Routes(
		dogma.HandlesEvent[*Opened](),
		dogma.ExecutesCommand[*Open](),
		dogma.SchedulesTimeout[*Expired](),
		dogma.SchedulesTimeout[*Late](), // want `SchedulesTimeout route for \*registry.Late needs the type .*register it with dogma.RegisterTimeout\[\*registry.Late\]\(id\)`
	)
}
