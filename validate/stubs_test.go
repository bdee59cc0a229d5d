package validate_test

import (
	"reflect"

	"github.com/dogmatiq/dogma"
)

// Message stubs. The type parameter only makes distinct types; value
// receivers unless the name says otherwise.
type (
	tagA struct{}
	tagB struct{}
	tagC struct{}
)

type command[T any] struct{}

func (command[T]) MessageDescription() string                  { return "command" }
func (command[T]) Validate(dogma.CommandValidationScope) error { return nil }

type event[T any] struct{}

func (event[T]) MessageDescription() string                { return "event" }
func (event[T]) Validate(dogma.EventValidationScope) error { return nil }

type timeout[T any] struct{}

func (timeout[T]) MessageDescription() string                  { return "timeout" }
func (timeout[T]) Validate(dogma.TimeoutValidationScope) error { return nil }

// ptrCommand implements dogma.Command with pointer receivers only.
type ptrCommand[T any] struct{}

func (*ptrCommand[T]) MessageDescription() string                  { return "command" }
func (*ptrCommand[T]) Validate(dogma.CommandValidationScope) error { return nil }

// ptrEvent implements dogma.Event with pointer receivers only.
type ptrEvent[T any] struct{}

func (*ptrEvent[T]) MessageDescription() string                { return "event" }
func (*ptrEvent[T]) Validate(dogma.EventValidationScope) error { return nil }

type notMessage struct{}

// Handler stubs: Configure runs the given function; the embedded nil
// interface supplies the other methods, which the rules never call.
type aggregate struct {
	dogma.AggregateMessageHandler
	configure func(dogma.AggregateConfigurer)
}

func (h *aggregate) Configure(c dogma.AggregateConfigurer) {
	if h.configure != nil {
		h.configure(c)
	}
}

type process struct {
	dogma.ProcessMessageHandler
	configure func(dogma.ProcessConfigurer)
}

func (h *process) Configure(c dogma.ProcessConfigurer) {
	if h.configure != nil {
		h.configure(c)
	}
}

type integration struct {
	dogma.IntegrationMessageHandler
	configure func(dogma.IntegrationConfigurer)
}

func (h *integration) Configure(c dogma.IntegrationConfigurer) {
	if h.configure != nil {
		h.configure(c)
	}
}

type projection struct {
	dogma.ProjectionMessageHandler
	configure func(dogma.ProjectionConfigurer)
}

func (h *projection) Configure(c dogma.ProjectionConfigurer) {
	if h.configure != nil {
		h.configure(c)
	}
}

type app struct {
	configure func(dogma.ApplicationConfigurer)
}

func (a *app) Configure(c dogma.ApplicationConfigurer) {
	if a.configure != nil {
		a.configure(c)
	}
}

// Keys used by fixtures.
const (
	appKey  = "9d0af85d-f506-4742-b676-ce87730bb1a0"
	aggKey  = "14769f7f-87fe-48dd-916e-5bcab6ba6aca"
	procKey = "2ae0b937-e806-4e70-9b23-f36298f68973"
	intKey  = "1e4e8e67-7f4e-4c1a-bf4e-ec3b4b1f0b55"
	projKey = "823e61d3-ace1-469d-b0a6-778e84c0a508"
)

// Valid handlers, one of each kind, as in configkit's fixtures.
func validAggregate() *aggregate {
	return &aggregate{configure: func(c dogma.AggregateConfigurer) {
		c.Identity("aggregate", aggKey)
		c.Routes(dogma.HandlesCommand[command[tagA]](), dogma.RecordsEvent[event[tagA]]())
	}}
}

func validProcess() *process {
	return &process{configure: func(c dogma.ProcessConfigurer) {
		c.Identity("process", procKey)
		c.Routes(
			dogma.HandlesEvent[event[tagA]](),
			dogma.ExecutesCommand[command[tagA]](),
			dogma.SchedulesTimeout[timeout[tagA]](),
		)
	}}
}

func validIntegration() *integration {
	return &integration{configure: func(c dogma.IntegrationConfigurer) {
		c.Identity("integration", intKey)
		c.Routes(dogma.HandlesCommand[command[tagB]](), dogma.RecordsEvent[event[tagB]]())
	}}
}

func validProjection() *projection {
	return &projection{configure: func(c dogma.ProjectionConfigurer) {
		c.Identity("projection", projKey)
		c.Routes(dogma.HandlesEvent[event[tagA]](), dogma.HandlesEvent[event[tagB]]())
		c.DeliveryPolicy(dogma.BroadcastProjectionDeliveryPolicy{PrimaryFirst: true})
	}}
}

// validApp registers one valid handler of each kind.
func validApp() *app {
	return &app{configure: func(c dogma.ApplicationConfigurer) {
		c.Identity("app", appKey)
		c.RegisterAggregate(validAggregate())
		c.RegisterProcess(validProcess())
		c.RegisterIntegration(validIntegration())
		c.RegisterProjection(validProjection())
	}}
}

func typeFor[T any]() reflect.Type { return reflect.TypeFor[T]() }
