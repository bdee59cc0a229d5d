package a

import (
	"context"
	"fmt"

	"example.test/switchcover/a/messages"

	"github.com/dogmatiq/dogma"
)

// chained routes Open, Close and Freeze, and tests their types with
// if/else-if chains of assertions.
type chained struct{}

func (chained) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("chained", "2295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Open](),
		dogma.HandlesCommand[messages.Close](),
		dogma.HandlesCommand[messages.Freeze](),
	)
}

// HandleCommand's chain ends in a final else that panics.
func (chained) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if o, ok := m.(messages.Open); ok { // want `type assertions in chained.HandleCommand have no branch for routed type messages.Freeze, so the message reaches the end of the chain and panics with dogma.UnexpectedMessage: add a branch`
		_ = o
	} else if _, ok := m.(messages.Close); ok {
	} else {
		panic(dogma.UnexpectedMessage)
	}
	return nil
}

// trailing's chain has no final else: the statement after it panics.
type trailing struct{}

func (trailing) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("trailing", "9295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Open](),
		dogma.HandlesCommand[messages.Close](),
		dogma.HandlesCommand[messages.Freeze](),
	)
}

func (trailing) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if _, ok := m.(messages.Open); ok { // want `type assertions in trailing.HandleCommand have no branch for routed types messages.Close, messages.Freeze, so the message reaches the end of the chain and panics with dogma.UnexpectedMessage`
		return nil
	}
	panic(dogma.UnexpectedMessage)
}

// errChained ends its chain with an error, and asserts types it does not
// route.
type errChained struct{}

func (errChained) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("err-chained", "3295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[*messages.Close]())
}

func (errChained) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if _, ok := m.(messages.Open); ok { // want `type assertions in errChained.HandleCommand have no branch for routed type \*messages.Close, so the message reaches the end of the chain, which returns an error: add a branch`
		return nil
	} else if _, ok := m.(messages.Legacy); ok { // want `type assertion to messages.Legacy in errChained.HandleCommand never succeeds: the handler does not route messages.Legacy; route it or remove the branch`
		return nil
	} else if _, ok := m.(messages.Close); ok { // want `type assertion to messages.Close in errChained.HandleCommand never succeeds: the handler routes \*messages.Close, a different type to the engine; assert \*messages.Close`
		return nil
	}
	return fmt.Errorf("unexpected command %T", m)
}

// shadowing names the asserted value after the message: the fix cannot add
// a branch that asserts on the message after it.
type shadowing struct{}

func (shadowing) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("shadowing", "4295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (shadowing) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if m, ok := m.(messages.Open); ok { // want `type assertions in shadowing.HandleCommand have no branch for routed type messages.Close`
		_ = m.ID
		return nil
	}
	panic(dogma.UnexpectedMessage)
}

// unchained's if/else chains are no type test over the message: silent.
type unchained struct {
	other dogma.Command
	open  bool
}

func (unchained) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("unchained", "5295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (h unchained) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	// The chain does not end in a failure: Close is handled after it.
	if _, ok := m.(messages.Open); ok {
		return nil
	} else if _, ok := m.(messages.Legacy); ok {
		return nil
	}

	// An assertion on something other than the message.
	if _, ok := h.other.(messages.Open); ok {
		return nil
	} else {
		panic(dogma.UnexpectedMessage)
	}
}

// conditions tests more than the type, or only on some paths.
type conditions struct{ open bool }

func (conditions) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("conditions", "6295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (h conditions) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	// The condition tests more than ok.
	if o, ok := m.(messages.Open); ok && o.ID != "" {
		return nil
	} else {
		panic(dogma.UnexpectedMessage)
	}
}

// usedElsewhere passes the message to other code before the chain: the
// other code may handle Close.
type usedElsewhere struct{}

func (usedElsewhere) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("used-elsewhere", "7295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (usedElsewhere) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if handled(m) {
		return nil
	}
	if _, ok := m.(messages.Open); ok {
		return nil
	}
	panic(dogma.UnexpectedMessage)
}

func handled(dogma.Command) bool { return false }

// nilElse's final else returns nil: the rest is ignored on purpose.
type nilElse struct{}

func (nilElse) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("nil-else", "8295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (nilElse) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if _, ok := m.(messages.Open); ok {
		return nil
	} else {
		return nil
	}
}

// sequential tests each type in an if of its own, each returning, before
// the panic: one chain.
type sequential struct{}

func (sequential) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("sequential", "c295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(
		dogma.HandlesCommand[messages.Open](),
		dogma.HandlesCommand[messages.Close](),
		dogma.HandlesCommand[messages.Freeze](),
	)
}

func (sequential) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if m, ok := m.(messages.Open); ok { // want `type assertions in sequential.HandleCommand have no branch for routed type messages.Freeze, so the message reaches the end of the chain and panics with dogma.UnexpectedMessage`
		_ = m.ID
		return nil
	}
	if _, ok := m.(messages.Legacy); ok { // want `type assertion to messages.Legacy in sequential.HandleCommand never succeeds`
		return nil
	}
	if _, ok := m.(messages.Close); ok {
		return nil
	}
	panic(dogma.UnexpectedMessage)
}

// sequentialCovered covers every routed type with ifs of their own.
type sequentialCovered struct{}

func (sequentialCovered) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("sequential-covered", "d295fe85-eb3f-4121-84b0-be72cbc5722f")
	c.Routes(dogma.HandlesCommand[messages.Open](), dogma.HandlesCommand[messages.Close]())
}

func (sequentialCovered) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	if _, ok := m.(messages.Open); ok {
		return nil
	}
	if _, ok := m.(messages.Close); ok {
		return nil
	}
	panic(dogma.UnexpectedMessage)
}
