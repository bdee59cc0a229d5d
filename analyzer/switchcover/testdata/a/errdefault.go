package a

import (
	"context"
	"errors"
	"fmt"
	"log"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

// rejecter's defaults return errors: a routed type without a case always
// fails.
type rejecter struct{}

func (rejecter) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("rejecter", "f195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (rejecter) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	switch m.(type) { // want `type switch in rejecter.HandleCommand has no case for routed type messages.Close, so the message reaches the default, which returns an error: add a case`
	case messages.Open:
		return nil
	default:
		log.Printf("rejecting %T", m)
		return fmt.Errorf("unexpected command %T", m)
	}
}

// errProcess fails on unknown events in both methods.
type errProcess struct{ dogma.StatelessProcessBehavior }

func (errProcess) Configure(c dogma.ProcessConfigurer) {
	c.Identity("err-process", "0295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesEvent[messages.Opened](),
		dogma.HandlesEvent[messages.Closed](),
		dogma.ExecutesCommand[messages.Close](),
	)
}

func (errProcess) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	switch e := e.(type) { // want `type switch in errProcess.RouteEventToInstance has no case for routed type messages.Closed, so the message reaches the default, which returns an error`
	case messages.Opened:
		return e.ID, true, nil
	default:
		return "", false, errors.New("unexpected event")
	}
}

func (errProcess) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	switch e.(type) { // want `type switch in errProcess.HandleEvent has no case for routed type messages.Opened, so the message reaches the default, which returns an error`
	case messages.Closed:
	default:
		return &unexpected{}
	}
	return nil
}

func (errProcess) HandleTimeout(context.Context, dogma.ProcessRoot, dogma.ProcessTimeoutScope, dogma.Timeout) error {
	return nil
}

type unexpected struct{}

func (*unexpected) Error() string { return "unexpected" }

// tolerant's defaults return nil, an error that may be nil, or return
// early on some path: none certainly fails.
type tolerant struct {
	dogma.NoCompactBehavior
	strict bool
	err    error
}

func (tolerant) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("tolerant", "1295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesEvent[messages.Opened](), dogma.HandlesEvent[messages.Closed]())
}

func (t tolerant) HandleEvent(_ context.Context, r, c, n []byte, s dogma.ProjectionEventScope, e dogma.Event) (bool, error) {
	switch e.(type) {
	case messages.Opened:
	default:
		log.Printf("ignoring %T", e)
		return true, nil
	}
	switch e.(type) {
	case messages.Opened:
	default:
		return false, t.err
	}
	switch e.(type) {
	case messages.Opened:
	default:
		if !t.strict {
			return true, nil
		}
		return false, errors.New("unexpected event")
	}
	switch e.(type) {
	case messages.Opened:
	default:
		return false, wrap(errors.New("unexpected event"))
	}
	return true, nil
}

// wrap may return nil, as far as a reader of its signature knows.
func wrap(err error) error { return err }

func (tolerant) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }
func (tolerant) CloseResource(context.Context, []byte) error             { return nil }

// recovering recovers from the panic of its default: what the message
// then does is not known.
type recovering struct{}

func (recovering) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("recovering", "e295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (recovering) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	switch m.(type) {
	case messages.Open:
	default:
		panic(dogma.UnexpectedMessage)
	}
	return nil
}
