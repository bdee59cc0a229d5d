// Package registry tests the message type registry rules on dogma v0.18.0:
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
	dogma.RegisterCommand[*Open]("a8d741c4-7ef7-41f4-a5f9-71e2f7dbd912")
	dogma.RegisterEvent[*Opened]("22292f5b-32f1-4f54-99bb-155aa97e0f68")
	dogma.RegisterTimeout[*Expired]("3D88CA77-B2C1-479B-AF81-25803A598502")
	dogma.RegisterEvent[*Copied]("22292f5b-32f1-4f54-99bb-155aa97e0f68") // want `registry ID "22292f5b-32f1-4f54-99bb-155aa97e0f68" of \*registry.Copied is already the ID of \*registry.Opened; dogma.RegisterEvent panics`
	dogma.RegisterEvent[*BadID]("bad-id")                                // want `registry ID "bad-id" of \*registry.BadID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[*Opened]("287853cc-4f4d-4e3e-8090-eb4c4d1abf01") // want `\*registry.Opened is registered again, with ID "287853cc-4f4d-4e3e-8090-eb4c4d1abf01" after "22292f5b-32f1-4f54-99bb-155aa97e0f68", and dogma.RegisterEvent panics`
	RegisterEvent[*LookAlike]("not-a-uuid")
	RegisterEvent[*Opened]("22292f5b-32f1-4f54-99bb-155aa97e0f68")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "ff06229b-8542-45a9-82dd-58e8abe33eed")
	c.Routes(
		dogma.HandlesCommand[*Open](),
		dogma.RecordsEvent[*Opened](),
		dogma.RecordsEvent[*Forgotten](), // want `RecordsEvent route for \*registry.Forgotten needs the type in dogma's message type registry, .*register it with dogma.RegisterEvent\[\*registry.Forgotten\]\(id\)`
		dogma.RecordsEvent[*LookAlike](), // want `RecordsEvent route for \*registry.LookAlike needs the type`
	)
}

type Process struct{}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "96758ab2-8c2b-4838-8689-c4255b1d9252")
	c.Routes(
		dogma.HandlesEvent[*Opened](),
		dogma.ExecutesCommand[*Open](),
		dogma.SchedulesTimeout[*Expired](),
		dogma.SchedulesTimeout[*Late](), // want `SchedulesTimeout route for \*registry.Late needs the type .*register it with dogma.RegisterTimeout\[\*registry.Late\]\(id\)`
	)
}
