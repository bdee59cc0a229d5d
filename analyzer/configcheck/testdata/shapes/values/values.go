// Package values finds nil handlers, nil delivery policies and identities
// that reach registration through variables, fields, constructors and the
// fields of registered values, next to look-alikes whose values cannot be
// known.
package values

import (
	"math/rand"

	"github.com/dogmatiq/dogma"

	"example.test/msgs"
)

// ValueAgg's Configure has a value receiver: calling it through a nil
// *ValueAgg dereferences the pointer.
type ValueAgg struct{ dogma.AggregateMessageHandler }

func (ValueAgg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("value-agg", "f1000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdA](), dogma.RecordsEvent[msgs.EvtA]())
}

// PtrAgg's Configure has a pointer receiver that never dereferences it: a
// nil *PtrAgg configures normally.
type PtrAgg struct{ dogma.AggregateMessageHandler }

func (*PtrAgg) Configure(c dogma.AggregateConfigurer) {
	c.Identity("ptr-agg", "f2000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesCommand[msgs.CmdB](), dogma.RecordsEvent[msgs.EvtB]())
}

type holder struct{ h dogma.AggregateMessageHandler }

func noHandler() dogma.AggregateMessageHandler { return nil }

func namedNoHandler() (h dogma.AggregateMessageHandler) { return }

func pick(h dogma.AggregateMessageHandler) dogma.AggregateMessageHandler { return h }

var unset dogma.AggregateMessageHandler

// NilHandlers registers nil handlers through a variable, a nil pointer
// whose Configure dereferences it, a field and a constructor; a
// package-level variable nothing in the package assigns is no finding,
// since its tests may assign it.
type NilHandlers struct{}

func (NilHandlers) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("nil-handlers", "f3000000-0000-4000-8000-000000000000")
	var h dogma.AggregateMessageHandler
	c.RegisterAggregate(h) // want `RegisterAggregate is passed a nil handler`
	var p *ValueAgg
	c.RegisterAggregate(p) // want `RegisterAggregate is passed a nil \*values.ValueAgg, whose Configure dereferences it`
	hd := holder{}
	c.RegisterAggregate(hd.h)             // want `RegisterAggregate is passed a nil handler`
	c.RegisterAggregate(noHandler())      // want `RegisterAggregate is passed a nil handler`
	c.RegisterAggregate(unset)            // a package-level variable: its tests may assign it
	c.RegisterAggregate(namedNoHandler()) // want `RegisterAggregate is passed a nil handler`
}

// MaybeNil registers values that are not certainly nil: no finding.
type MaybeNil struct{ H dogma.AggregateMessageHandler }

func (a MaybeNil) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("maybe-nil", "f4000000-0000-4000-8000-000000000000")
	var h dogma.AggregateMessageHandler
	if rand.Int() == 0 {
		h = ValueAgg{}
	}
	c.RegisterAggregate(h)
	var p *PtrAgg
	c.RegisterAggregate(p)
	hd := holder{}
	hd.h = ValueAgg{}
	c.RegisterAggregate(hd.h)
	c.RegisterAggregate(pick(a.H))
}

// Policies passes nil delivery policies through a variable and a field.
type Policies struct{ dogma.ProjectionMessageHandler }

type policyHolder struct {
	p dogma.ProjectionDeliveryPolicy
}

func (Policies) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("policies", "f5000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA]())
	var p dogma.ProjectionDeliveryPolicy
	c.DeliveryPolicy(p) // want `DeliveryPolicy is called with nil`
	ph := policyHolder{}
	c.DeliveryPolicy(ph.p) // want `DeliveryPolicy is called with nil`
}

// MaybePolicies passes policies that are not certainly nil: no finding. A
// nil pointer in the interface is not nil to configkit.
type MaybePolicies struct {
	dogma.ProjectionMessageHandler
	P dogma.ProjectionDeliveryPolicy
}

func (h MaybePolicies) Configure(c dogma.ProjectionConfigurer) {
	c.Identity("maybe-policies", "f6000000-0000-4000-8000-000000000000")
	c.Routes(dogma.HandlesEvent[msgs.EvtA]())
	var p dogma.ProjectionDeliveryPolicy
	if rand.Int() == 0 {
		p = dogma.UnicastProjectionDeliveryPolicy{}
	}
	c.DeliveryPolicy(p)
	var bp *dogma.BroadcastProjectionDeliveryPolicy
	c.DeliveryPolicy(bp)
	c.DeliveryPolicy(h.P)
}

// Report takes its identity, its routes and whether it handles a second
// event from its fields; each registration is judged with its own values.
type Report struct {
	dogma.ProjectionMessageHandler
	Name, Key string
	Both      bool
	routes    []dogma.ProjectionRoute
}

func (r *Report) Configure(c dogma.ProjectionConfigurer) {
	c.Identity(r.Name, r.Key)
	c.Routes(r.routes...)
	if r.Both {
		c.Routes(dogma.HandlesEvent[msgs.EvtB]())
	}
}

func NewReport(name, key string) *Report {
	return &Report{Name: name, Key: key, routes: []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA]()}}
}

type Reports struct{ Name string }

func (a Reports) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("reports", "f7000000-0000-4000-8000-000000000000")
	c.RegisterProjection(NewReport("daily", "f8000000-0000-4000-8000-000000000000"))
	c.RegisterProjection(NewReport("daily", "f9000000-0000-4000-8000-000000000000"))                                                             // want `handler name "daily" of projection \*values.Report \(daily\) is already used by projection \*values.Report \(daily\)`
	c.RegisterProjection(&Report{Key: "fa000000-0000-4000-8000-000000000000", routes: []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA]()}}) // want `projection \*values.Report \(""\): handler name is empty`
	c.RegisterProjection(&Report{Name: "no-routes", Key: "fb000000-0000-4000-8000-000000000000"})                                                // want `projection \*values.Report \(no-routes\): projection has no HandlesEvent route`
	c.RegisterProjection(&Report{Name: "both", Key: "fc000000-0000-4000-8000-000000000000", Both: true, routes: []dogma.ProjectionRoute{         // want `projection \*values.Report \(both\): HandlesEvent route for msgs.EvtB is added more than once`
		dogma.HandlesEvent[msgs.EvtB](),
	}})
}

// OtherReports registers the same type with different values, and values
// extraction cannot know: no finding.
type OtherReports struct{ Name string }

func (a OtherReports) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("other-reports", "fd000000-0000-4000-8000-000000000000")
	c.RegisterProjection(NewReport("weekly", "fe000000-0000-4000-8000-000000000000"))
	c.RegisterProjection(NewReport("monthly", "ff000000-0000-4000-8000-000000000000"))
	c.RegisterProjection(NewReport(a.Name, "f0100000-0000-4000-8000-000000000000"))
	c.RegisterProjection(NewReport(a.Name, "f0200000-0000-4000-8000-000000000000"))
	r := NewReport("yearly", "f0300000-0000-4000-8000-000000000000")
	r.Name = "weekly"
	c.RegisterProjection(r)
	b := &Report{Name: "both", Key: "f0400000-0000-4000-8000-000000000000", routes: []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA]()}}
	if rand.Int() == 0 {
		b.Both = true
	}
	c.RegisterProjection(b)
}

// LocalRoutes registers a handler of this package with a route slice held
// in a local variable.
type LocalRoutes struct{}

func (LocalRoutes) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("local-routes", "f0500000-0000-4000-8000-000000000000")
	twice := []dogma.ProjectionRoute{dogma.HandlesEvent[msgs.EvtA](), dogma.HandlesEvent[msgs.EvtA]()}
	c.RegisterProjection(&Report{Name: "twice", Key: "f0600000-0000-4000-8000-000000000000", routes: twice}) // want `projection \*values.Report \(twice\): HandlesEvent route for msgs.EvtA is added more than once`
}

// Tagged takes its identity from its fields, with a value receiver.
type Tagged struct {
	dogma.IntegrationMessageHandler
	Name, Key string
}

func (t Tagged) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(t.Name, t.Key)
	c.Routes(dogma.HandlesCommand[msgs.CmdB]())
}

// ZeroValue registers the zero value of a handler declared without a
// value, and the address of one, which extraction does not follow.
type ZeroValue struct{}

func (ZeroValue) Configure(c dogma.ApplicationConfigurer) {
	c.Identity("zero-value", "f0700000-0000-4000-8000-000000000000")
	var t Tagged
	c.RegisterIntegration(t) // want `integration values.Tagged \(""\): handler name is empty` `integration values.Tagged \(""\): handler key "" is not an RFC 4122 UUID`
	var r Report
	c.RegisterProjection(&r)
}
