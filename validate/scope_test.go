package validate

import (
	"reflect"
	"testing"
)

func msg(name string) *MessageType { return &MessageType{Name: name, Display: name} }

func TestProducedRouted(t *testing.T) {
	h := &Handler{
		Kind: ProcessHandler,
		Routes: []Route{
			{Kind: HandlesEventRoute, Type: msg("p.Started")},
			{Kind: ExecutesCommandRoute, Type: msg("p.Ship")},
			{Kind: ExecutesCommandRoute},
			{Kind: SchedulesTimeoutRoute, Type: msg("*p.Remind")},
		},
		RoutesComplete: true,
	}
	cases := []struct {
		kind MessageKind
		name string
		want Routing
		via  string
	}{
		{Command, "p.Ship", Routed, "p.Ship"},
		{Command, "*p.Ship", WrongPointer, "p.Ship"},
		{Timeout, "p.Remind", WrongPointer, "*p.Remind"},
		{Timeout, "*p.Remind", Routed, "*p.Remind"},
		{Command, "p.Other", NotRouted, ""},
		// Handling an event is not producing it.
		{Event, "p.Started", RoutingUnknown, ""},
	}
	for _, c := range cases {
		got, r := ProducedRouted(h, c.kind, msg(c.name))
		via := ""
		if r != nil {
			via = r.Type.Name
		}
		if got != c.want || via != c.via {
			t.Errorf("ProducedRouted(%v, %s) = %v via %q, want %v via %q", c.kind, c.name, got, via, c.want, c.via)
		}
	}

	h.RoutesComplete = false
	if got, _ := ProducedRouted(h, Command, msg("*p.Ship")); got != RoutingUnknown {
		t.Errorf("incomplete routes: got %v, want RoutingUnknown", got)
	}
	if got, _ := ProducedRouted(h, Command, msg("p.Ship")); got != Routed {
		t.Errorf("incomplete routes, routed type: got %v, want Routed", got)
	}
}

func TestProducedRouteKind(t *testing.T) {
	for _, c := range []struct {
		hk   HandlerKind
		mk   MessageKind
		want RouteKind
		ok   bool
	}{
		{AggregateHandler, Event, RecordsEventRoute, true},
		{IntegrationHandler, Event, RecordsEventRoute, true},
		{ProcessHandler, Command, ExecutesCommandRoute, true},
		{ProcessHandler, Timeout, SchedulesTimeoutRoute, true},
		{ProcessHandler, Event, 0, false},
		{ProjectionHandler, Event, 0, false},
		{AggregateHandler, Command, 0, false},
	} {
		got, ok := ProducedRouteKind(c.hk, c.mk)
		if got != c.want || ok != c.ok {
			t.Errorf("ProducedRouteKind(%v, %v) = %v, %v; want %v, %v", c.hk, c.mk, got, ok, c.want, c.ok)
		}
	}
}

func TestConsumedRouteKind(t *testing.T) {
	for _, c := range []struct {
		hk     HandlerKind
		method string
		want   RouteKind
		ok     bool
	}{
		{AggregateHandler, "HandleCommand", HandlesCommandRoute, true},
		{AggregateHandler, "RouteCommandToInstance", HandlesCommandRoute, true},
		{IntegrationHandler, "HandleCommand", HandlesCommandRoute, true},
		{ProcessHandler, "HandleEvent", HandlesEventRoute, true},
		{ProjectionHandler, "HandleEvent", HandlesEventRoute, true},
		{ProcessHandler, "HandleTimeout", SchedulesTimeoutRoute, true},
		{AggregateHandler, "ApplyEvent", RecordsEventRoute, true},
		{ProcessHandler, "HandleCommand", HandlesCommandRoute, false},
		{AggregateHandler, "Configure", 0, false},
	} {
		got, ok := ConsumedRouteKind(c.hk, c.method)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("ConsumedRouteKind(%v, %q) = %v, %v; want %v, %v", c.hk, c.method, got, ok, c.want, c.ok)
		}
	}
}

func TestRoutedTypes(t *testing.T) {
	h := &Handler{Routes: []Route{
		{Kind: HandlesCommandRoute, Type: msg("p.B")},
		{Kind: RecordsEventRoute, Type: msg("p.E")},
		{Kind: HandlesCommandRoute, Type: msg("p.A")},
		{Kind: HandlesCommandRoute, Type: msg("p.B")},
		{Kind: HandlesCommandRoute},
		{Invalid: "<nil>"},
	}}
	var names []string
	for _, m := range RoutedTypes(h, HandlesCommandRoute) {
		names = append(names, m.Name)
	}
	if want := []string{"p.B", "p.A"}; !reflect.DeepEqual(names, want) {
		t.Errorf("RoutedTypes = %v, want %v", names, want)
	}
}

func TestSwitchCoverage(t *testing.T) {
	a, b, c := msg("p.A"), msg("*p.B"), msg("p.C")
	iface := &MessageType{Name: "p.Sized", Interface: true}
	routed := []*MessageType{a, b, c}

	cov := SwitchCoverage(routed, []SwitchCase{
		{Type: a},
		{Type: msg("p.B")}, // wrong pointer-ness: dead, and *p.B missing
		{Type: msg("p.Old")},
		{Type: iface, Matches: func(r *MessageType) bool { return r == c }},
		{Type: &MessageType{Name: "p.Other", Interface: true}, Matches: func(*MessageType) bool { return false }},
	})
	if len(cov.Missing) != 1 || cov.Missing[0] != b {
		t.Errorf("Missing = %v, want [*p.B]", cov.Missing)
	}
	want := []DeadCase{{Index: 1, Routed: b}, {Index: 2}}
	if !reflect.DeepEqual(cov.Dead, want) {
		t.Errorf("Dead = %+v, want %+v", cov.Dead, want)
	}

	full := SwitchCoverage(routed, []SwitchCase{{Type: c}, {Type: b}, {Type: a}})
	if len(full.Missing) != 0 || len(full.Dead) != 0 {
		t.Errorf("full coverage: got %+v", full)
	}
}
