package a

import (
	"context"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

// projection handles messages before and after its switch: silent about
// missing cases, but dead cases are still dead.
type projection struct{ dogma.NoCompactBehavior }

func (projection) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("projection", "7195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[messages.Opened](), dogma.HandlesEvent[messages.Closed]())
}

func (projection) HandleEvent(_ context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	if o, ok := e.(messages.Opened); ok {
		_ = o
		return true, nil
	}
	switch e.(type) {
	case messages.Renamed: // want `case messages.Renamed in projection.HandleEvent never runs`
	default:
		panic(dogma.UnexpectedMessage)
	}
	return true, nil
}

func (projection) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (projection) CloseResource(context.Context, []byte) error             { return nil }

// integration switches over another variable, and its chain of assertions
// covers every routed type before the panic.
type integration struct{}

func (integration) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("integration", "8195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Freeze](), dogma.HandlesCommand[messages.Open]())
}

func (integration) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	var other dogma.Command = messages.Close{}
	switch other.(type) {
	case messages.Close:
	default:
		panic(dogma.UnexpectedMessage)
	}
	if _, ok := m.(messages.Freeze); ok {
		return nil
	} else if _, ok := m.(messages.Open); ok {
		return nil
	}
	panic(dogma.UnexpectedMessage)
}

// notHandler has a HandleCommand method but is no handler.
type notHandler struct{}

func (notHandler) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	switch m.(type) {
	case messages.Legacy:
	default:
		panic(dogma.UnexpectedMessage)
	}
}

// partial's routes cannot be followed: silent.
type partial struct{}

var more []dogma.IntegrationRoute

func (partial) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("partial", "9195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(more...)
}

func (partial) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) {
	case messages.Legacy:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// generic routes its type parameter.
type generic[C dogma.Command] struct{}

func (generic[C]) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("generic", "a195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[C](), dogma.HandlesCommand[messages.Open]())
}

func (generic[C]) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) {
	case C:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// suppressed documents a deliberate gap.
type suppressed struct{}

func (suppressed) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("suppressed", "b195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Freeze](), dogma.HandlesCommand[messages.Open]())
}

func (suppressed) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	//dogmavet:ignore switch-missing-case freezing is rejected upstream until the feature ships
	switch m.(type) {
	case messages.Open:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// ledger's root panics on events it does not know.
type ledgerRoot struct{}

func (*ledgerRoot) ApplyEvent(e dogma.Event) {
	switch e.(type) { // want `type switch in ledgerRoot.ApplyEvent has no case for routed type messages.Closed, so applying the recorded event panics with dogma.UnexpectedMessage \(recorded by ledger\)`
	case messages.Opened:
	default:
		panic(dogma.UnexpectedMessage)
	}
}

type ledger struct{}

func (ledger) Configure(c dogma.AggregateConfigurer) {
	c.Identity("ledger", "d195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Legacy](),
		dogma.RecordsEvent[messages.Opened](),
		dogma.RecordsEvent[messages.Closed](),
	)
}

func (ledger) New() dogma.AggregateRoot                                                      { return &ledgerRoot{} }
func (ledger) RouteCommandToInstance(dogma.Command) string                                   { return "ledger" }
func (ledger) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}
