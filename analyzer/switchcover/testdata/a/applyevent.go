package a

import (
	"fmt"
	"log"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

// vault records Opened and Closed; its roots apply them in different ways.
type vault struct{}

func (vault) Configure(c dogma.AggregateConfigurer) {
	c.Identity("vault", "e195fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Legacy](),
		dogma.RecordsEvent[messages.Opened](),
		dogma.RecordsEvent[messages.Closed](),
	)
}

func (v vault) New() dogma.AggregateRoot {
	if v == (vault{}) {
		return &vaultRoot{}
	}
	if v != (vault{}) {
		return &loggingRoot{}
	}
	return &assertingRoot{}
}

func (vault) RouteCommandToInstance(dogma.Command) string                                   { return "vault" }
func (vault) HandleCommand(dogma.AggregateRoot, dogma.AggregateCommandScope, dogma.Command) {}

// vaultRoot's default panics with a value of its own: applying Closed
// panics all the same.
type vaultRoot struct{ open bool }

func (r *vaultRoot) ApplyEvent(e dogma.Event) {
	switch e.(type) { // want `type switch in vaultRoot.ApplyEvent has no case for routed type messages.Closed, so applying the recorded event panics \(recorded by vault\): add a case`
	case messages.Opened:
		r.open = true
	default:
		panic(fmt.Sprintf("unexpected event %T", e))
	}
}

// loggingRoot's default logs and carries on: Closed is deliberately
// ignored.
type loggingRoot struct{ open bool }

func (r *loggingRoot) ApplyEvent(e dogma.Event) {
	switch e.(type) {
	case messages.Opened:
		r.open = true
	default:
		log.Printf("ignoring %T", e)
	}
}

// assertingRoot tests the type with assertions and panics on the rest.
type assertingRoot struct{ open bool }

func (r *assertingRoot) ApplyEvent(e dogma.Event) {
	if _, ok := e.(messages.Opened); ok { // want `type assertions in assertingRoot.ApplyEvent have no branch for routed type messages.Closed, so applying the recorded event panics with dogma.UnexpectedMessage \(recorded by vault\): add a branch`
		r.open = true
	} else if _, ok := e.(messages.Renamed); ok { // historical: not dead
	} else {
		panic(dogma.UnexpectedMessage)
	}
}
