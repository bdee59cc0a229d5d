// Package dogma is a test stub of github.com/dogmatiq/dogma v0.15.0: the
// same exported API, without documentation.
package dogma

import (
	"context"
	"reflect"
	"time"
)

type Message interface {
	MessageDescription() string
}

type Command interface {
	MessageDescription() string
	Validate(CommandValidationScope) error
}

type Event interface {
	MessageDescription() string
	Validate(EventValidationScope) error
}

type Timeout interface {
	MessageDescription() string
	Validate(TimeoutValidationScope) error
}

type CommandValidationScope interface{ reservedCommandValidationScope() }
type EventValidationScope interface{ reservedEventValidationScope() }
type TimeoutValidationScope interface{ reservedTimeoutValidationScope() }

type unexpectedMessage struct{}

var UnexpectedMessage unexpectedMessage

type DisableOption struct{}

type Application interface {
	Configure(ApplicationConfigurer)
}

type ApplicationConfigurer interface {
	Identity(n string, k string)
	RegisterAggregate(AggregateMessageHandler, ...RegisterAggregateOption)
	RegisterProcess(ProcessMessageHandler, ...RegisterProcessOption)
	RegisterIntegration(IntegrationMessageHandler, ...RegisterIntegrationOption)
	RegisterProjection(ProjectionMessageHandler, ...RegisterProjectionOption)
}

type (
	RegisterAggregateOption   struct{}
	RegisterProcessOption     struct{}
	RegisterIntegrationOption struct{}
	RegisterProjectionOption  struct{}
)

type AggregateMessageHandler interface {
	Configure(AggregateConfigurer)
	New() AggregateRoot
	RouteCommandToInstance(Command) string
	HandleCommand(AggregateRoot, AggregateCommandScope, Command)
}

type AggregateRoot interface {
	ApplyEvent(Event)
}

type AggregateConfigurer interface {
	Identity(n string, k string)
	Routes(...AggregateRoute)
	Disable(...DisableOption)
}

type AggregateCommandScope interface {
	InstanceID() string
	RecordEvent(Event)
	Destroy()
	Log(format string, args ...any)
}

type AggregateRoute interface {
	Route
	isAggregateRoute()
}

type ProcessMessageHandler interface {
	Configure(ProcessConfigurer)
	New() ProcessRoot
	RouteEventToInstance(context.Context, Event) (id string, ok bool, err error)
	HandleEvent(context.Context, ProcessRoot, ProcessEventScope, Event) error
	HandleTimeout(context.Context, ProcessRoot, ProcessTimeoutScope, Timeout) error
}

type ProcessRoot interface{}

type ProcessConfigurer interface {
	Identity(n string, k string)
	Routes(...ProcessRoute)
	Disable(...DisableOption)
}

type ProcessEventScope interface {
	InstanceID() string
	End()
	ExecuteCommand(Command)
	ScheduleTimeout(Timeout, time.Time)
	RecordedAt() time.Time
	Log(format string, args ...any)
}

type ProcessTimeoutScope interface {
	InstanceID() string
	End()
	ExecuteCommand(Command)
	ScheduleTimeout(Timeout, time.Time)
	ScheduledFor() time.Time
	Log(format string, args ...any)
}

type statelessProcessRoot struct{}

var StatelessProcessRoot ProcessRoot = statelessProcessRoot{}

type StatelessProcessBehavior struct{}

func (StatelessProcessBehavior) New() ProcessRoot { return StatelessProcessRoot }

type NoTimeoutMessagesBehavior struct{}

func (NoTimeoutMessagesBehavior) HandleTimeout(context.Context, ProcessRoot, ProcessTimeoutScope, Timeout) error {
	panic(UnexpectedMessage)
}

type ProcessRoute interface {
	Route
	isProcessRoute()
}

type IntegrationMessageHandler interface {
	Configure(IntegrationConfigurer)
	HandleCommand(context.Context, IntegrationCommandScope, Command) error
}

type IntegrationConfigurer interface {
	Identity(n string, k string)
	Routes(...IntegrationRoute)
	Disable(...DisableOption)
}

type IntegrationCommandScope interface {
	RecordEvent(Event)
	Log(format string, args ...any)
}

type IntegrationRoute interface {
	Route
	isIntegrationRoute()
}

type ProjectionMessageHandler interface {
	Configure(ProjectionConfigurer)
	HandleEvent(ctx context.Context, r, c, n []byte, s ProjectionEventScope, e Event) (ok bool, err error)
	ResourceVersion(ctx context.Context, r []byte) ([]byte, error)
	CloseResource(ctx context.Context, r []byte) error
	Compact(context.Context, ProjectionCompactScope) error
}

type ProjectionConfigurer interface {
	Identity(n string, k string)
	Routes(...ProjectionRoute)
	DeliveryPolicy(ProjectionDeliveryPolicy)
	Disable(...DisableOption)
}

type ProjectionEventScope interface {
	RecordedAt() time.Time
	IsPrimaryDelivery() bool
	Log(format string, args ...any)
}

type ProjectionCompactScope interface {
	Now() time.Time
	Log(format string, args ...any)
}

type NoCompactBehavior struct{}

func (NoCompactBehavior) Compact(context.Context, ProjectionCompactScope) error { return nil }

type (
	ProjectionDeliveryPolicy          interface{ isProjectionDeliveryPolicy() }
	UnicastProjectionDeliveryPolicy   struct{}
	BroadcastProjectionDeliveryPolicy struct{ PrimaryFirst bool }
)

func (UnicastProjectionDeliveryPolicy) isProjectionDeliveryPolicy()   {}
func (BroadcastProjectionDeliveryPolicy) isProjectionDeliveryPolicy() {}

type ProjectionRoute interface {
	Route
	isProjectionRoute()
}

type CommandExecutor interface {
	ExecuteCommand(context.Context, Command, ...ExecuteCommandOption) error
}

type ExecuteCommandOption struct{}

type (
	Route                 interface{ isRoute() }
	HandlesCommandRoute   struct{ Type reflect.Type }
	ExecutesCommandRoute  struct{ Type reflect.Type }
	HandlesEventRoute     struct{ Type reflect.Type }
	RecordsEventRoute     struct{ Type reflect.Type }
	SchedulesTimeoutRoute struct{ Type reflect.Type }
)

type (
	HandlesCommandOption   struct{}
	ExecutesCommandOption  struct{}
	HandlesEventOption     struct{}
	RecordsEventOption     struct{}
	SchedulesTimeoutOption struct{}
)

func (HandlesCommandRoute) isRoute()   {}
func (ExecutesCommandRoute) isRoute()  {}
func (HandlesEventRoute) isRoute()     {}
func (RecordsEventRoute) isRoute()     {}
func (SchedulesTimeoutRoute) isRoute() {}

func (HandlesCommandRoute) isAggregateRoute()   {}
func (RecordsEventRoute) isAggregateRoute()     {}
func (HandlesCommandRoute) isIntegrationRoute() {}
func (RecordsEventRoute) isIntegrationRoute()   {}
func (HandlesEventRoute) isProcessRoute()       {}
func (ExecutesCommandRoute) isProcessRoute()    {}
func (SchedulesTimeoutRoute) isProcessRoute()   {}
func (HandlesEventRoute) isProjectionRoute()    {}

func HandlesCommand[T Command](...HandlesCommandOption) HandlesCommandRoute {
	return HandlesCommandRoute{typeOf[T]()}
}

func RecordsEvent[T Event](...RecordsEventOption) RecordsEventRoute {
	return RecordsEventRoute{typeOf[T]()}
}

func HandlesEvent[T Event](...HandlesEventOption) HandlesEventRoute {
	return HandlesEventRoute{typeOf[T]()}
}

func ExecutesCommand[T Command](...ExecutesCommandOption) ExecutesCommandRoute {
	return ExecutesCommandRoute{typeOf[T]()}
}

func SchedulesTimeout[T Timeout](...SchedulesTimeoutOption) SchedulesTimeoutRoute {
	return SchedulesTimeoutRoute{typeOf[T]()}
}

func typeOf[T any]() reflect.Type { return reflect.TypeOf((*T)(nil)).Elem() }
