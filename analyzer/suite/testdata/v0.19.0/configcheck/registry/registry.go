// Package registry tests the message type registry rules on dogma v0.19.0:
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
	dogma.RegisterCommand[*Open]("96d868b9-6fc6-4baf-a474-a33b6571fa50")
	dogma.RegisterEvent[*Opened]("1ae20bf6-d8ee-4015-82da-40f54f66714a")
	dogma.RegisterTimeout[*Expired]("CD9161EA-5FBF-4235-8A33-1F862C66B86C")
	dogma.RegisterEvent[*Copied]("1ae20bf6-d8ee-4015-82da-40f54f66714a") // want `registry ID "1ae20bf6-d8ee-4015-82da-40f54f66714a" of \*registry.Copied is already the ID of \*registry.Opened; dogma.RegisterEvent panics`
	dogma.RegisterEvent[*BadID]("bad-id")                                // want `registry ID "bad-id" of \*registry.BadID is not an RFC 9562 UUID .*dogma.RegisterEvent panics`
	dogma.RegisterEvent[*Opened]("aea62652-b601-4b97-a9df-30531d8bca11") // want `\*registry.Opened is registered again, with ID "aea62652-b601-4b97-a9df-30531d8bca11" after "1ae20bf6-d8ee-4015-82da-40f54f66714a", and dogma.RegisterEvent panics`
	RegisterEvent[*LookAlike]("not-a-uuid")
	RegisterEvent[*Opened]("1ae20bf6-d8ee-4015-82da-40f54f66714a")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "715d4bd6-9fd9-4146-a80d-639fde85cb23")
	c.Routes(
		dogma.HandlesCommand[*Open](),
		dogma.RecordsEvent[*Opened](),
		dogma.RecordsEvent[*Forgotten](), // want `RecordsEvent route for \*registry.Forgotten needs the type in dogma's message type registry, .*register it with dogma.RegisterEvent\[\*registry.Forgotten\]\(id\)`
		dogma.RecordsEvent[*LookAlike](), // want `RecordsEvent route for \*registry.LookAlike needs the type`
	)
}

type Process struct{}

func (Process) Configure(c dogma.ProcessConfigurer) {
	c.Identity("process", "7d81e0a4-8745-473e-9276-7c9c0f0fc6a0")
	c.Routes(
		dogma.HandlesEvent[*Opened](),
		dogma.ExecutesCommand[*Open](),
		dogma.SchedulesTimeout[*Expired](),
		dogma.SchedulesTimeout[*Late](), // want `SchedulesTimeout route for \*registry.Late needs the type .*register it with dogma.RegisterTimeout\[\*registry.Late\]\(id\)`
	)
}
