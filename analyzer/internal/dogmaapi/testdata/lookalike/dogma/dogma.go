// Package dogma is not Dogma: a look-alike with Dogma's import path and
// v0.16.0's names, whose route functions take message values.
package dogma

import (
	"context"
	"time"
)

type Application interface {
	Configure(ApplicationConfigurer)
}

type ApplicationConfigurer interface {
	Identity(n, k string)
	Routes(...HandlerRoute)
}

type HandlerRoute interface{ isHandlerRoute() }

type handlerRoute struct{ h any }

func (handlerRoute) isHandlerRoute() {}

func ViaAggregate(h AggregateMessageHandler) HandlerRoute     { return handlerRoute{h} }
func ViaProcess(h ProcessMessageHandler) HandlerRoute         { return handlerRoute{h} }
func ViaIntegration(h IntegrationMessageHandler) HandlerRoute { return handlerRoute{h} }
func ViaProjection(h ProjectionMessageHandler) HandlerRoute   { return handlerRoute{h} }

type Message interface{ MessageDescription() string }

type CommandValidationScope interface{ IsNew() bool }
type EventValidationScope interface{ IsNew() bool }
type TimeoutValidationScope interface{ IsNew() bool }

type Command interface {
	Message
	Validate(CommandValidationScope) error
}

type Event interface {
	Message
	Validate(EventValidationScope) error
}

type Timeout interface {
	Message
	Validate(TimeoutValidationScope) error
}

var UnexpectedMessage = struct{}{}

type MessageRoute interface{ isMessageRoute() }

type messageRoute struct{ m Message }

func (messageRoute) isMessageRoute() {}

func HandlesCommand(m Command) MessageRoute   { return messageRoute{m} }
func RecordsEvent(m Event) MessageRoute       { return messageRoute{m} }
func HandlesEvent(m Event) MessageRoute       { return messageRoute{m} }
func ExecutesCommand(m Command) MessageRoute  { return messageRoute{m} }
func SchedulesTimeout(m Timeout) MessageRoute { return messageRoute{m} }
func RegisterCommand(id string, m Command)    {}
func RegisterEvent(id string, m Event)        {}
func RegisterTimeout(id string, m Timeout)    {}

type HandlerConfigurer interface {
	Identity(n, k string)
	Routes(...MessageRoute)
}

type AggregateConfigurer interface{ HandlerConfigurer }
type ProcessConfigurer interface{ HandlerConfigurer }
type IntegrationConfigurer interface{ HandlerConfigurer }
type ProjectionConfigurer interface{ HandlerConfigurer }

type AggregateRoot interface{ ApplyEvent(Event) }
type ProcessRoot any

type AggregateCommandScope interface{ RecordEvent(Event) }

type ProcessScope interface {
	End()
	ExecuteCommand(Command)
	ScheduleTimeout(Timeout, time.Time)
}

type ProcessEventScope interface{ ProcessScope }
type ProcessTimeoutScope interface{ ProcessScope }
type IntegrationCommandScope interface{ RecordEvent(Event) }
type ProjectionEventScope interface{ Offset() uint64 }
type ProjectionCompactScope interface{}

type AggregateMessageHandler interface {
	Configure(AggregateConfigurer)
	New() AggregateRoot
	RouteCommandToInstance(Command) string
	HandleCommand(AggregateRoot, AggregateCommandScope, Command)
}

type ProcessMessageHandler interface {
	Configure(ProcessConfigurer)
	New() ProcessRoot
	RouteEventToInstance(context.Context, Event) (string, bool, error)
	HandleEvent(context.Context, ProcessRoot, ProcessEventScope, Event) error
	HandleTimeout(context.Context, ProcessRoot, ProcessTimeoutScope, Timeout) error
}

type IntegrationMessageHandler interface {
	Configure(IntegrationConfigurer)
	HandleCommand(context.Context, IntegrationCommandScope, Command) error
}

type ProjectionMessageHandler interface {
	Configure(ProjectionConfigurer)
	HandleEvent(context.Context, ProjectionEventScope, Event) (uint64, error)
	CheckpointOffset(context.Context, string) (uint64, error)
	Compact(context.Context, ProjectionCompactScope) error
}

type NoTimeoutMessagesBehavior struct{}

func (NoTimeoutMessagesBehavior) HandleTimeout(context.Context, ProcessRoot, ProcessTimeoutScope, Timeout) error {
	panic(UnexpectedMessage)
}
