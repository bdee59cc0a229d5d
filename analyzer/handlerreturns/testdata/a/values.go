package a

import (
	"context"
	"log"
	"math/rand"

	"github.com/dogmatiq/dogma"
)

type rootHolder struct{ root *root }

func emptyRoot() *root { return nil }

func rootOf(r *root) *root { return r }

var (
	noRoot    *root
	laterRoot *root
)

func init() { laterRoot = &root{} }

// nilRoots returns nil through a variable, a field and a constructor; a
// package-level variable nothing in this package assigns is no finding,
// since its tests may assign it.
type nilRoots struct{ dogma.AggregateMessageHandler }

func (nilRoots) New() dogma.AggregateRoot {
	switch rand.Int() {
	case 0:
		var r dogma.AggregateRoot
		return r // want `nilRoots.New returns nil, which dogma forbids`
	case 1:
		h := rootHolder{}
		return h.root // want `nilRoots.New returns a nil \*root, which dogma forbids`
	case 2:
		return emptyRoot() // want `nilRoots.New returns a nil \*root`
	}
	return noRoot // a package-level variable: its tests may assign it
}

type namedNil struct{ dogma.AggregateMessageHandler }

func (namedNil) New() (r dogma.AggregateRoot) {
	return // want `namedNil.New returns nil`
}

// maybeRoots returns values that are not certainly nil: no finding.
type maybeRoots struct {
	dogma.AggregateMessageHandler
	r *root
}

func (h maybeRoots) New() dogma.AggregateRoot {
	switch rand.Int() {
	case 0:
		var r dogma.AggregateRoot
		if rand.Int() == 0 {
			r = &root{}
		}
		return r
	case 1:
		hd := rootHolder{}
		hd.root = &root{}
		return hd.root
	case 2:
		return rootOf(h.r)
	case 3:
		return laterRoot
	}
	return h.r
}

type namedMaybe struct{ dogma.AggregateMessageHandler }

func (namedMaybe) New() (r dogma.AggregateRoot) {
	if rand.Int() == 0 {
		r = &root{}
	}
	return
}

// routedAggregate routes three commands; Close takes a case that assigns
// nothing, and Rename no case at all.
type routedAggregate struct{ dogma.AggregateMessageHandler }

func (routedAggregate) Configure(c dogma.AggregateConfigurer) {
	c.Routes(dogma.HandlesCommand[Open](), dogma.HandlesCommand[Close](), dogma.HandlesCommand[Rename]())
}

func (routedAggregate) RouteCommandToInstance(m dogma.Command) (id string) {
	switch m := m.(type) {
	case Open:
		id = m.ID
	case Close:
	}
	return // want `routedAggregate.RouteCommandToInstance returns an empty instance ID for a.Close, which dogma forbids` `routedAggregate.RouteCommandToInstance returns an empty instance ID for a.Rename`
}

// routedProcess routes four events: Opened assigns the ID before the shared
// return, Renamed assigns it on a branch on the message, Ignored returns ok
// false; only Closed certainly returns an empty ID.
type routedProcess struct{ dogma.ProcessMessageHandler }

func (routedProcess) Configure(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[Opened](), dogma.HandlesEvent[Closed](), dogma.HandlesEvent[Renamed](), dogma.HandlesEvent[Ignored]())
}

func (routedProcess) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	var id string
	switch m := m.(type) {
	case Opened:
		id = m.ID
	case Closed:
	case Renamed:
		if m.ID != "" {
			id = m.ID
		}
	case Ignored:
		return "", false, nil
	}
	return id, true, nil // want `routedProcess.RouteEventToInstance returns an empty instance ID with ok true for a.Closed, which dogma forbids`
}

// assertingProcess routes two events but asserts only one.
type assertingProcess struct{ dogma.ProcessMessageHandler }

func (assertingProcess) Configure(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[Opened](), dogma.HandlesEvent[Closed]())
}

func (assertingProcess) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	id := ""
	if e, ok := m.(Opened); ok {
		id = e.ID
	}
	return id, true, nil // want `assertingProcess.RouteEventToInstance returns an empty instance ID with ok true for a.Closed`
}

// paramProcess decides on a parameter and on the message: no finding.
type paramProcess struct{ dogma.ProcessMessageHandler }

func (paramProcess) Configure(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[Opened](), dogma.HandlesEvent[Closed]())
}

func (paramProcess) RouteEventToInstance(ctx context.Context, m dogma.Event) (id string, ok bool, err error) {
	ok = true
	if ctx.Err() == nil {
		id = "fixed"
	}
	if e, isOpened := m.(Opened); isOpened {
		id = e.ID
	}
	return
}

type ids struct{ id string }

var noID = ""

func idOf(m dogma.Command) string {
	o, _ := m.(Open)
	return o.ID
}

// emptyIDs returns "" through a field and a
// named result.
type emptyIDs struct{ dogma.AggregateMessageHandler }

func (emptyIDs) RouteCommandToInstance(m dogma.Command) (id string) {
	switch rand.Int() {
	case 0:
		k := ids{}
		return k.id // want `emptyIDs.RouteCommandToInstance returns an empty instance ID`
	case 1:
		return noID // a package-level variable: its tests may assign it
	}
	return // want `emptyIDs.RouteCommandToInstance returns an empty instance ID`
}

// someIDs returns IDs that are not certainly empty: no finding.
type someIDs struct {
	dogma.AggregateMessageHandler
	prefix string
}

func (h someIDs) RouteCommandToInstance(m dogma.Command) (id string) {
	switch rand.Int() {
	case 0:
		k := ids{}
		k.id = "x"
		return k.id
	case 1:
		return idOf(m)
	case 2:
		return h.prefix
	}
	id = "fixed"
	return
}

func unexpected(m dogma.Message) {
	panic(m)
}

// failingProcess stops, for Closed and Renamed, before its shared return:
// no finding.
type failingProcess struct{ dogma.ProcessMessageHandler }

func (failingProcess) Configure(c dogma.ProcessConfigurer) {
	c.Routes(dogma.HandlesEvent[Opened](), dogma.HandlesEvent[Closed](), dogma.HandlesEvent[Renamed]())
}

func (failingProcess) RouteEventToInstance(_ context.Context, m dogma.Event) (string, bool, error) {
	var id string
	switch m := m.(type) {
	case Opened:
		id = m.ID
	case Closed:
		log.Fatalf("closed: %v", m)
	default:
		unexpected(m)
	}
	return id, true, nil
}
