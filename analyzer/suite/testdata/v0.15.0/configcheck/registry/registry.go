// Package registry shows that the message type registry rules are silent on
// dogma v0.15.0, which has no registry: routes to types registered nowhere,
// and a RegisterEvent of the package's own with IDs that are not UUIDs, one
// of them twice.
package registry

import "github.com/dogmatiq/dogma"

type Open struct{}

func (Open) MessageDescription() string                  { return "" }
func (Open) Validate(dogma.CommandValidationScope) error { return nil }

type Opened struct{}

func (Opened) MessageDescription() string                { return "" }
func (Opened) Validate(dogma.EventValidationScope) error { return nil }

// RegisterEvent is the package's own.
func RegisterEvent[T any](string) {}

func init() {
	RegisterEvent[Opened]("not-a-uuid")
	RegisterEvent[Opened]("not-a-uuid")
	RegisterEvent[Open]("00000000-0000-0000-0000-000000000000")
}

type Aggregate struct{}

func (Aggregate) Configure(c dogma.AggregateConfigurer) {
	c.Identity("aggregate", "88e58518-74e5-4b4c-becf-7ffa1b97d16f")
	c.Routes(
		dogma.HandlesCommand[Open](),
		dogma.RecordsEvent[Opened](),
	)
}
