package validate_test

import (
	"reflect"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
)

// embeddedRoute is a user type that satisfies dogma.AggregateRoute by
// embedding a dogma route struct; engines do not support it.
type embeddedRoute struct{ dogma.HandlesCommandRoute }

func TestHandlerRoutes(t *testing.T) {
	aggID := func(c dogma.AggregateConfigurer) { c.Identity("aggregate", aggKey) }
	procID := func(c dogma.ProcessConfigurer) { c.Identity("process", procKey) }
	intID := func(c dogma.IntegrationConfigurer) { c.Identity("integration", intKey) }
	projID := func(c dogma.ProjectionConfigurer) { c.Identity("projection", projKey) }

	agg := func(routes ...dogma.AggregateRoute) []validate.Problem {
		return validate.Aggregate(&aggregate{configure: func(c dogma.AggregateConfigurer) { aggID(c); c.Routes(routes...) }})
	}
	proc := func(routes ...dogma.ProcessRoute) []validate.Problem {
		return validate.Process(&process{configure: func(c dogma.ProcessConfigurer) { procID(c); c.Routes(routes...) }})
	}
	integ := func(routes ...dogma.IntegrationRoute) []validate.Problem {
		return validate.Integration(&integration{configure: func(c dogma.IntegrationConfigurer) { intID(c); c.Routes(routes...) }})
	}
	proj := func(routes ...dogma.ProjectionRoute) []validate.Problem {
		return validate.Projection(&projection{configure: func(c dogma.ProjectionConfigurer) { projID(c); c.Routes(routes...) }})
	}

	hc := dogma.HandlesCommand[command[tagA]]()
	re := dogma.RecordsEvent[event[tagA]]()
	he := dogma.HandlesEvent[event[tagA]]()
	ec := dogma.ExecutesCommand[command[tagA]]()
	st := dogma.SchedulesTimeout[timeout[tagA]]()

	cases := []struct {
		desc string
		ps   []validate.Problem
		want []validate.RuleID
	}{
		// Valid controls.
		{"aggregate", agg(hc, re), nil},
		{"process", proc(he, ec, st), nil},
		{"integration without events (R9: RecordsEvent optional)", integ(hc), nil},
		{"integration with events", integ(hc, re), nil},
		{"projection", proj(he), nil},
		{"pointer-receiver command routed as pointer", agg(dogma.HandlesCommand[*ptrCommand[tagA]](), re), nil},
		{"struct literal of the right kind", agg(dogma.HandlesCommandRoute{Type: reflect.TypeFor[command[tagA]]()}, re), nil},
		{"same type in both directions of a process is not a duplicate", proc(he, ec, dogma.HandlesEvent[event[tagB]]()), nil},

		// R5-R10.
		{"aggregate without HandlesCommand (R5)", agg(re), []validate.RuleID{validate.MissingHandlesCommand}},
		{"aggregate without RecordsEvent (R6)", agg(hc), []validate.RuleID{validate.MissingRecordsEvent}},
		{"aggregate without routes", agg(), []validate.RuleID{validate.MissingHandlesCommand, validate.MissingRecordsEvent}},
		{"process without HandlesEvent (R7)", proc(ec), []validate.RuleID{validate.MissingHandlesEvent}},
		{"process without ExecutesCommand (R8)", proc(he, st), []validate.RuleID{validate.MissingExecutesCommand}},
		{"integration without HandlesCommand (R9)", integ(re), []validate.RuleID{validate.MissingHandlesCommand}},
		{"projection without HandlesEvent (R10)", proj(), []validate.RuleID{validate.MissingHandlesEvent}},

		// R11.
		{"duplicate HandlesCommand", agg(hc, re, hc), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate RecordsEvent", agg(hc, re, re), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate HandlesEvent", proc(he, ec, he), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate ExecutesCommand", proc(he, ec, ec), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate SchedulesTimeout", proc(he, ec, st, st), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate integration command", integ(hc, hc), []validate.RuleID{validate.DuplicateRoute}},
		{"duplicate projection event", proj(he, he), []validate.RuleID{validate.DuplicateRoute}},

		// R20b-e and kind mismatch.
		{"nil route (R20b)", agg(hc, re, nil), []validate.RuleID{validate.InvalidRoute}},
		{"nil route alone (R20b)", integ(nil), []validate.RuleID{validate.InvalidRoute, validate.MissingHandlesCommand}},
		{"user route type (R20b)", agg(embeddedRoute{hc}, re), []validate.RuleID{validate.InvalidRoute, validate.MissingHandlesCommand}},
		{"nil route Type (R20c)", agg(hc, re, dogma.RecordsEventRoute{}), []validate.RuleID{validate.NilRouteType}},
		{"pointer to value-receiver type (R20d)", agg(dogma.HandlesCommand[*command[tagA]](), re), []validate.RuleID{validate.RouteReceiver}},
		{"value of pointer-receiver type (R20d)", agg(dogma.HandlesCommandRoute{Type: reflect.TypeFor[ptrCommand[tagA]]()}, re), []validate.RuleID{validate.RouteReceiver}},
		{"event in HandlesCommand literal", agg(hc, re, dogma.HandlesCommandRoute{Type: reflect.TypeFor[event[tagB]]()}), []validate.RuleID{validate.RouteMessageKind}},
		{"command in HandlesEvent literal", proj(dogma.HandlesEventRoute{Type: reflect.TypeFor[command[tagA]]()}), []validate.RuleID{validate.RouteMessageKind}},
		{"timeout in ExecutesCommand literal", proc(he, ec, dogma.ExecutesCommandRoute{Type: reflect.TypeFor[timeout[tagA]]()}), []validate.RuleID{validate.RouteMessageKind}},
		{"pointer-receiver event in HandlesCommand literal", agg(hc, re, dogma.HandlesCommandRoute{Type: reflect.TypeFor[ptrEvent[tagA]]()}), []validate.RuleID{validate.RouteReceiver, validate.RouteMessageKind}},
		{"non-message type", agg(hc, re, dogma.RecordsEventRoute{Type: reflect.TypeFor[notMessage]()}), []validate.RuleID{validate.RouteMessageKind}},
		{"interface type dogma.Command (R20e)", agg(dogma.HandlesCommand[dogma.Command](), re), []validate.RuleID{validate.RouteInterfaceType}},
		{"interface type dogma.Event (R20e)", proj(dogma.HandlesEvent[dogma.Event]()), []validate.RuleID{validate.RouteInterfaceType}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) { expectRules(t, c.ps, c.want...) })
	}
}

func TestRouteMessages(t *testing.T) {
	h := &aggregate{configure: func(c dogma.AggregateConfigurer) {
		c.Identity("aggregate", aggKey)
		c.Routes(
			dogma.HandlesCommand[*command[tagA]](),
			dogma.RecordsEvent[event[tagA]](),
			dogma.RecordsEvent[event[tagA]](),
			dogma.HandlesCommandRoute{Type: reflect.TypeFor[event[tagB]]()},
			dogma.HandlesCommandRoute{Type: reflect.TypeFor[ptrCommand[tagB]]()},
			nil,
		)
	}}
	const (
		cmdA = "validate_test.command[validate_test.tagA]"
		evtA = "validate_test.event[validate_test.tagA]"
		evtB = "validate_test.event[validate_test.tagB]"
		ptrB = "validate_test.ptrCommand[validate_test.tagB]"
	)
	want := []string{
		"aggregate *validate_test.aggregate (aggregate): RecordsEvent route for " + evtA + " is added more than once; remove the duplicate route [duplicate-route]",
		"aggregate *validate_test.aggregate (aggregate): Routes is passed a nil route; pass routes built by dogma functions such as dogma.HandlesCommand[T]() [invalid-route]",
		"aggregate *validate_test.aggregate (aggregate): *" + cmdA + " does not use a pointer receiver to implement dogma.Command; route " + cmdA + " instead [route-receiver]",
		"aggregate *validate_test.aggregate (aggregate): " + ptrB + " uses a pointer receiver to implement dogma.Command; route *" + ptrB + " instead [route-receiver]",
		"aggregate *validate_test.aggregate (aggregate): HandlesCommand route for " + evtB + ", which is an event, not a command; use a route for events or route a command type [route-message-kind]",
	}
	ps := validate.Aggregate(h)
	if len(ps) != len(want) {
		t.Fatalf("got:\n%s", dump(ps))
	}
	for i, p := range ps {
		if p.String() != want[i] {
			t.Errorf("problem %d:\ngot  %s\nwant %s", i, p, want[i])
		}
	}

	missing := validate.Projection(&projection{configure: func(c dogma.ProjectionConfigurer) { c.Identity("p", projKey) }})
	if len(missing) != 1 || missing[0].Message != "projection has no HandlesEvent route; add at least one dogma.HandlesEvent[T]() to Routes in Configure" {
		t.Errorf("got:\n%s", dump(missing))
	}
}

func TestDeliveryPolicy(t *testing.T) {
	policies := func(ps ...dogma.ProjectionDeliveryPolicy) *projection {
		return &projection{configure: func(c dogma.ProjectionConfigurer) {
			c.Identity("projection", projKey)
			c.Routes(dogma.HandlesEvent[event[tagA]]())
			for _, p := range ps {
				c.DeliveryPolicy(p)
			}
		}}
	}
	expectRules(t, validate.Projection(policies()))
	expectRules(t, validate.Projection(policies(dogma.UnicastProjectionDeliveryPolicy{}, dogma.BroadcastProjectionDeliveryPolicy{})))
	expectRules(t, validate.Projection(policies(nil)), validate.NilDeliveryPolicy)
	expectRules(t, validate.Projection(policies(dogma.UnicastProjectionDeliveryPolicy{}, nil)), validate.NilDeliveryPolicy)
}

func TestHandlerOrderOfCalls(t *testing.T) {
	// R21: Identity may follow Routes, and Routes may be called with no
	// routes or several times.
	h := &aggregate{configure: func(c dogma.AggregateConfigurer) {
		c.Routes()
		c.Routes(dogma.HandlesCommand[command[tagA]]())
		c.Identity("aggregate", aggKey)
		c.Routes(dogma.RecordsEvent[event[tagA]]())
	}}
	expectRules(t, validate.Aggregate(h))

	// A duplicate across Routes calls is still a duplicate.
	h2 := &aggregate{configure: func(c dogma.AggregateConfigurer) {
		c.Identity("aggregate", aggKey)
		c.Routes(dogma.HandlesCommand[command[tagA]](), dogma.RecordsEvent[event[tagA]]())
		c.Routes(dogma.HandlesCommand[command[tagA]]())
	}}
	expectRules(t, validate.Aggregate(h2), validate.DuplicateRoute)
}
