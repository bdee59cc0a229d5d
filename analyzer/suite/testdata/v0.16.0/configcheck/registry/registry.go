// Package registry tests the message type registry rules on dogma v0.16.0:
// each registration in init is checked, and each route needs its type
// registered. The look-alikes below stay silent: registered types, an
// upper-case ID (the same UUID), and a function named RegisterEvent that is
// not dogma's.
package registry

import "github.com/dogmatiq/dogma"

type base struct{}

func (base) MessageDescription() string { return "" }

type command struct{ base }

func (command) Validate(dogma.CommandValidationScope) error { return nil }

type event struct{ base }

func (event) Validate(dogma.EventValidationScope) error { return nil }

type timeout struct{ base }

func (timeout) Validate(dogma.TimeoutValidationScope) error { return nil }

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
	dogma.RegisterCommand[Open]("cd334ff0-9bb6-4041-a300-6e54e91b43af")
	dogma.RegisterEvent[Opened]("1376dc1c-b3d8-4668-b701-c6d8bfbfb3a6")
	dogma.RegisterTimeout[Expired]("621E6C0B-45DC-44AC-9E1B-3ABCBC9421CF")
	dogma.RegisterEvent[Copied]("1376dc1c-b3d8-4668-b701-c6d8bfbfb3a6") // want `registry ID "1376dc1c-b3d8-4668-b701-c6d8bfbfb3a6" of registry.Copied is already the ID of registry.Opened; dogma.RegisterEvent panics`
	dogma.RegisterEvent[BadID]("bad-id")                                // want `registry ID "bad-id" of registry.BadID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[Opened]("df380601-2a5e-4601-8690-bf3d22f13a02") // want `registry.Opened is registered again, with ID "df380601-2a5e-4601-8690-bf3d22f13a02" after "1376dc1c-b3d8-4668-b701-c6d8bfbfb3a6", and dogma.RegisterEvent panics`
	RegisterEvent[LookAlike]("not-a-uuid")
	RegisterEvent[Opened]("1376dc1c-b3d8-4668-b701-c6d8bfbfb3a6")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "43644d89-e266-4e8e-907d-e9d1c6c4680b")
	c.Routes(
		dogma.HandlesCommand[Open](),
		dogma.RecordsEvent[Opened](),
		dogma.RecordsEvent[Forgotten](), // want `RecordsEvent route for registry.Forgotten needs the type in dogma's message type registry, .*register it with dogma.RegisterEvent\[registry.Forgotten\]\(id\)`
		dogma.RecordsEvent[LookAlike](), // want `RecordsEvent route for registry.LookAlike needs the type`
	)
}

type Process struct{}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "9019a709-b1b1-4fad-a6a8-6b31adc0f49f")
	c.Routes(
		dogma.HandlesEvent[Opened](),
		dogma.ExecutesCommand[Open](),
		dogma.SchedulesTimeout[Expired](),
		dogma.SchedulesTimeout[Late](), // want `SchedulesTimeout route for registry.Late needs the type .*register it with dogma.RegisterTimeout\[registry.Late\]\(id\)`
	)
}
