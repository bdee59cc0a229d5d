package validate_test

import (
	"go/token"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// Tests on hand-built models as the static analyzer fills them: partial
// parts are never reported as missing, unknown values never judged, and
// problems carry the positions of what they concern.

var evtType = &validate.MessageType{
	Name: "example.com/m.E", Display: "m.E",
	Implements: validate.KindsOf(validate.Event), PointerImplements: validate.KindsOf(validate.Event),
}

var cmdType = &validate.MessageType{
	Name: "example.com/m.C", Display: "m.C",
	Implements: validate.KindsOf(validate.Command), PointerImplements: validate.KindsOf(validate.Command),
}

func known(n, k string, pos token.Pos) validate.Identity {
	return validate.Identity{Name: n, Key: k, NameKnown: true, KeyKnown: true, Pos: pos, NamePos: pos + 1, KeyPos: pos + 2}
}

func projModel(ids []validate.Identity, routes ...validate.Route) *validate.Handler {
	return &validate.Handler{
		Kind: validate.ProjectionHandler, GoType: "*p.P", Identities: ids,
		IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true, Routes: routes,
	}
}

func TestPartialModels(t *testing.T) {
	he := validate.Route{Kind: validate.HandlesEventRoute, Type: evtType, Pos: 50}

	h := projModel(nil)
	h.IdentitiesComplete, h.RoutesComplete = false, false
	expectRules(t, validate.CheckHandler(h))
	h.IdentitiesComplete = true
	expectRules(t, validate.CheckHandler(h), validate.IdentityMissing)
	h.IdentitiesComplete, h.RoutesComplete = false, true
	expectRules(t, validate.CheckHandler(h), validate.MissingHandlesEvent)

	unknown := validate.Identity{Name: "", Key: "", Pos: 10}
	expectRules(t, validate.CheckHandler(projModel([]validate.Identity{unknown}, he)))
	nameOnly := validate.Identity{Name: "a b", NameKnown: true, Key: "", Pos: 10}
	expectRules(t, validate.CheckHandler(projModel([]validate.Identity{nameOnly}, he)), validate.IdentityName)
	keyOnly := validate.Identity{Name: "", Key: "nope", KeyKnown: true, Pos: 10}
	expectRules(t, validate.CheckHandler(projModel([]validate.Identity{keyOnly}, he)), validate.IdentityKey)

	// Two calls on every path are two calls, whatever their values.
	two := projModel([]validate.Identity{unknown, known("p", projKey, 20)}, he)
	two.IdentitiesComplete = false
	ps := validate.CheckHandler(two)
	expectRules(t, ps, validate.IdentityMultiple)
	if want := `Identity is called again (with "p", "` + projKey + `") after a non-constant value, a non-constant value; call it exactly once`; ps[0].Message != want {
		t.Errorf("got %q, want %q", ps[0].Message, want)
	}

	// A duplicate of known routes is a duplicate even if others are unknown.
	dup := projModel([]validate.Identity{known("p", projKey, 1)}, he, validate.Route{Kind: validate.HandlesEventRoute, Type: evtType, Pos: 60})
	dup.RoutesComplete = false
	ps = validate.CheckHandler(dup)
	expectRules(t, ps, validate.DuplicateRoute)
	if ps[0].Pos != 60 || len(ps[0].Related) != 1 || ps[0].Related[0].Pos != 50 {
		t.Errorf("positions: %+v", ps[0])
	}
}

func TestPartialApplication(t *testing.T) {
	he := validate.Route{Kind: validate.HandlesEventRoute, Type: evtType}
	hc := validate.Route{Kind: validate.HandlesCommandRoute, Type: cmdType}
	unknown := validate.Identity{Pos: 5}
	integ := func(id validate.Identity) *validate.Handler {
		return &validate.Handler{Kind: validate.IntegrationHandler, GoType: "*p.I", Identities: []validate.Identity{id},
			IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true, Routes: []validate.Route{hc}}
	}
	a := &validate.App{
		GoType: "*p.App", Identities: []validate.Identity{{Name: "app", NameKnown: true, Pos: 1}},
		IdentitiesComplete: true,
		Registrations: []validate.Registration{
			{Kind: validate.ProjectionHandler, Handler: projModel([]validate.Identity{unknown}, he), Pos: 100},
			{Kind: validate.ProjectionHandler, Handler: projModel([]validate.Identity{unknown}, he), Pos: 200},
		},
	}
	// Unknown names and keys never conflict, and neither does an unknown
	// application key.
	expectRules(t, validate.CheckApplication(a))

	a.Registrations[0].Handler.Identities = []validate.Identity{known("p", projKey, 10)}
	a.Registrations[1].Handler.Identities = []validate.Identity{known("p", strings.ToUpper(projKey), 20)}
	ps := validate.CheckApplicationSelf(a)
	expectRules(t, ps, validate.DuplicateName, validate.DuplicateKey)
	for _, p := range ps {
		if p.Pos != 200 || len(p.Related) != 1 || p.Related[0].Pos != 100 {
			t.Errorf("positions of %s: at %d, related %+v", p.Rule, p.Pos, p.Related)
		}
	}

	// Commands handled by two handlers, with the second registration's
	// route as a related position.
	a.Registrations = []validate.Registration{
		{Kind: validate.IntegrationHandler, Handler: integ(known("i1", intKey, 10)), Pos: 100},
		{Kind: validate.IntegrationHandler, Handler: integ(known("i2", aggKey, 20)), Pos: 200},
		{Kind: validate.IntegrationHandler, Pos: 300},
	}
	a.Registrations[1].Handler.Routes[0].Pos = 250
	ps = validate.CheckApplicationSelf(a)
	expectRules(t, ps, validate.DuplicateCommandRoute, validate.NilHandler)
	var nilPos, dupPos token.Pos
	for _, p := range ps {
		switch p.Rule {
		case validate.NilHandler:
			nilPos = p.Pos
		case validate.DuplicateCommandRoute:
			dupPos = p.Pos
			if want := []token.Pos{100, 250}; len(p.Related) != 2 || p.Related[0].Pos != want[0] || p.Related[1].Pos != want[1] {
				t.Errorf("related: %+v", p.Related)
			}
		}
	}
	if nilPos != 300 || dupPos != 200 {
		t.Errorf("positions: nil-handler %d, duplicate-command-handler %d", nilPos, dupPos)
	}
}

func TestProblemsSortedByRuleThenPosition(t *testing.T) {
	h := projModel([]validate.Identity{
		{Name: "b c", NameKnown: true, Key: "x", KeyKnown: true, Pos: 30, NamePos: 31, KeyPos: 32},
		{Name: "a b", NameKnown: true, Key: projKey, KeyKnown: true, Pos: 10, NamePos: 11, KeyPos: 12},
	})
	var got []string
	for _, p := range validate.CheckHandler(h) {
		got = append(got, string(p.Rule)+"@"+strconv.Itoa(int(p.Pos)))
	}
	want := []string{"identity-multiple@10", "identity-name@11", "identity-name@31", "identity-key@32", "missing-handles-event@0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
