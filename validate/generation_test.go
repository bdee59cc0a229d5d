package validate_test

import (
	"slices"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// TestIdentityKeyRules checks that a handler's and an application's key are
// judged by the key rules of the program's dogma: on v0.15.x (the zero
// value) upper case is merely not canonical and the nil UUID is valid; from
// v0.16.0 upper case is no defect and the nil UUID is identity-key.
func TestIdentityKeyRules(t *testing.T) {
	const upper = "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D"
	cases := []struct {
		desc string
		keys validate.KeyRules
		key  string
		want []validate.RuleID
	}{
		{"v0.15 upper case", validate.RFC4122Keys, upper, []validate.RuleID{validate.IdentityKeyCanonical}},
		{"v0.15 nil UUID", validate.RFC4122Keys, validate.NilUUID, nil},
		{"v0.16 upper case", validate.RFC9562Keys, upper, nil},
		{"v0.16 nil UUID", validate.RFC9562Keys, validate.NilUUID, []validate.RuleID{validate.IdentityKey}},
		{"v0.16 not a UUID", validate.RFC9562Keys, "ledger", []validate.RuleID{validate.IdentityKey}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			id := validate.Identity{Name: "ledger", Key: c.key, NameKnown: true, KeyKnown: true}
			h := &validate.Handler{
				Kind:               validate.IntegrationHandler,
				GoType:             "Ledger",
				Identities:         []validate.Identity{id},
				IdentitiesComplete: true,
				Keys:               c.keys,
			}
			if got := ruleIDs(validate.CheckHandler(h)); !slices.Equal(got, c.want) {
				t.Errorf("handler: got %v, want %v", got, c.want)
			}
			a := &validate.App{GoType: "Bank", Identities: []validate.Identity{id}, IdentitiesComplete: true, Keys: c.keys}
			if got := ruleIDs(validate.CheckApplicationSelf(a)); !slices.Equal(got, c.want) {
				t.Errorf("application: got %v, want %v", got, c.want)
			}
		})
	}
}

func ruleIDs(ps []validate.Problem) []validate.RuleID {
	var ids []validate.RuleID
	for _, p := range ps {
		if p.Rule == validate.MissingHandlesCommand {
			continue // the handler has no routes; not what this test is about
		}
		ids = append(ids, p.Rule)
	}
	return ids
}

// TestTimeoutNames checks that route problems use the program's names for
// timeouts (deadlines from dogma v0.24.0), and dogma v0.15.0's by default.
func TestTimeoutNames(t *testing.T) {
	due := &validate.MessageType{Name: "x.Due", Display: "x.Due", Implements: validate.KindsOf(validate.Timeout)}
	route := validate.Route{Kind: validate.SchedulesTimeoutRoute, Type: due}
	for _, c := range []struct {
		names validate.TimeoutNames
		want  string
	}{
		{validate.TimeoutNames{}, "SchedulesTimeout route for x.Due is added more than once; remove the duplicate route"},
		{validate.TimeoutNames{Route: "SchedulesDeadline", Noun: "deadline", Interface: "dogma.Deadline"},
			"SchedulesDeadline route for x.Due is added more than once; remove the duplicate route"},
	} {
		h := &validate.Handler{Kind: validate.ProcessHandler, GoType: "P", Routes: []validate.Route{route, route}, Timeouts: c.names}
		var got []string
		for _, p := range validate.CheckHandler(h) {
			if p.Rule == validate.DuplicateRoute {
				got = append(got, p.Message)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%+v: got %q, want %q", c.names, got, c.want)
		}
	}
}
