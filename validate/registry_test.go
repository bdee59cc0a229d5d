package validate_test

import (
	"go/token"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// registryRules are the rules of the message type registry, which only the
// static front end has a model for.
var registryRules = []validate.RuleID{
	validate.MessageTypeUnregistered, validate.MessageTypeID,
	validate.DuplicateMessageTypeID, validate.MessageTypeRegisteredTwice,
}

const (
	idA = "9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80"
	idB = "6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41"
)

// msg is the message type *example.com/bank/messages.<name>, or the
// non-pointer type when name starts with "=".
func msg(name string) *validate.MessageType {
	if n, ok := strings.CutPrefix(name, "="); ok {
		return &validate.MessageType{Name: "example.com/bank/messages." + n, Display: "messages." + n}
	}
	return &validate.MessageType{
		Name: "*example.com/bank/messages." + name, Display: "*messages." + name, Pointer: true,
	}
}

// reg is a registration of kind k of the type msg(name), with a known id,
// at position pos.
func reg(k validate.MessageKind, name, id string, pos token.Pos) validate.MessageRegistration {
	return validate.MessageRegistration{Kind: k, Type: msg(name), ID: id, IDKnown: true, Pos: pos, IDPos: pos + 1}
}

func registry(rs ...validate.MessageRegistration) *validate.Registry {
	return &validate.Registry{Registrations: rs, Complete: true, Keys: validate.RFC9562Keys}
}

func TestCheckRegistrations(t *testing.T) {
	cases := []struct {
		desc string
		reg  *validate.Registry
		want []validate.RuleID
	}{
		{"two types, two IDs", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idB, 20)), nil},
		{"upper-case ID", registry(reg(validate.Command, "Open", strings.ToUpper(idA), 10)), nil},
		{"mixed-case ID", registry(reg(validate.Command, "Open", idA[:9]+strings.ToUpper(idA[9:]), 10)), nil},
		{"unknown ID", registry(validate.MessageRegistration{Kind: validate.Command, Type: msg("Open"), Pos: 10}), nil},
		{"not a UUID", registry(reg(validate.Command, "Open", "open-account", 10)), []validate.RuleID{validate.MessageTypeID}},
		{"empty ID", registry(reg(validate.Command, "Open", "", 10)), []validate.RuleID{validate.MessageTypeID}},
		{"braces", registry(reg(validate.Command, "Open", "{"+idA+"}", 10)), []validate.RuleID{validate.MessageTypeID}},
		{"urn prefix", registry(reg(validate.Command, "Open", "urn:uuid:"+idA, 10)), []validate.RuleID{validate.MessageTypeID}},
		{"upper-case braces", registry(reg(validate.Command, "Open", "{"+strings.ToUpper(idA)+"}", 10)), []validate.RuleID{validate.MessageTypeID}},
		{"32 digits", registry(reg(validate.Command, "Open", strings.ReplaceAll(idA, "-", ""), 10)), []validate.RuleID{validate.MessageTypeID}},
		{"nil UUID", registry(reg(validate.Command, "Open", validate.NilUUID, 10)), []validate.RuleID{validate.MessageTypeID}},
		{"one digit off nil", registry(reg(validate.Command, "Open", "00000000-0000-0000-0000-000000000001", 10)), nil},
		{"nil UUID under rules that accept it",
			&validate.Registry{Registrations: []validate.MessageRegistration{reg(validate.Command, "Open", validate.NilUUID, 10)}, Keys: validate.RFC4122Keys},
			nil},
		{"upper case under rules where case matters",
			&validate.Registry{Registrations: []validate.MessageRegistration{reg(validate.Command, "Open", strings.ToUpper(idA), 10)}, Keys: validate.RFC4122Keys},
			nil},
		{"shared ID", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idA, 20)),
			[]validate.RuleID{validate.DuplicateMessageTypeID}},
		{"shared ID in another case", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", strings.ToUpper(idA), 20)),
			[]validate.RuleID{validate.DuplicateMessageTypeID}},
		{"IDs one digit apart", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idA[:35]+"1", 20)), nil},
		{"shared invalid ID", registry(reg(validate.Command, "Open", "x", 10), reg(validate.Event, "Opened", "x", 20)),
			[]validate.RuleID{validate.MessageTypeID}},
		{"shared nil UUID", registry(reg(validate.Command, "Open", validate.NilUUID, 10), reg(validate.Event, "Opened", validate.NilUUID, 20)),
			[]validate.RuleID{validate.MessageTypeID}},
		{"shared unknown ID",
			registry(validate.MessageRegistration{Kind: validate.Command, Type: msg("Open"), Pos: 10},
				validate.MessageRegistration{Kind: validate.Event, Type: msg("Opened"), Pos: 20}),
			nil},
		{"registered twice, same ID", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Command, "Open", idA, 20)),
			[]validate.RuleID{validate.MessageTypeRegisteredTwice}},
		{"registered twice, other ID", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Command, "Open", idB, 20)),
			[]validate.RuleID{validate.MessageTypeRegisteredTwice}},
		{"registered twice, unknown ID",
			registry(reg(validate.Command, "Open", idA, 10), validate.MessageRegistration{Kind: validate.Command, Type: msg("Open"), Pos: 20}),
			[]validate.RuleID{validate.MessageTypeRegisteredTwice}},
		// dogma checks the type before the ID: a repeat is not also a
		// shared ID.
		{"registered twice and sharing a third type's ID",
			registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idB, 20), reg(validate.Command, "Open", idB, 30)),
			[]validate.RuleID{validate.MessageTypeRegisteredTwice}},
		{"T and *T", registry(reg(validate.Command, "Open", idA, 10), reg(validate.Command, "=Open", idB, 20)), nil},
		{"same name in another package",
			registry(reg(validate.Command, "Open", idA, 10), validate.MessageRegistration{
				Kind: validate.Command, ID: idB, IDKnown: true, Pos: 20,
				Type: &validate.MessageType{Name: "*example.com/other/messages.Open", Display: "*messages.Open", Pointer: true},
			}),
			nil},
		{"unknown type", registry(validate.MessageRegistration{Kind: validate.Command, ID: idA, IDKnown: true}, reg(validate.Command, "Open", idA, 10)), nil},
		{"incomplete registry still reports what it knows",
			&validate.Registry{Registrations: []validate.MessageRegistration{reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idA, 20)}, Keys: validate.RFC9562Keys},
			[]validate.RuleID{validate.DuplicateMessageTypeID}},
		{"nil registry", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			expectRules(t, validate.CheckRegistrations(c.reg), c.want...)
		})
	}
}

func TestCheckRegistrationsMessages(t *testing.T) {
	deadlines := registry(
		reg(validate.Timeout, "Expired", "expired", 10),
		reg(validate.Timeout, "Due", validate.NilUUID, 20),
		reg(validate.Command, "Open", idA, 30),
		reg(validate.Event, "Opened", strings.ToUpper(idA), 40),
		reg(validate.Command, "Open", idA, 50),
		reg(validate.Command, "Open", idB, 60),
	)
	deadlines.Deadlines = true
	deadlines.Registrations[0].Func = "RegisterDeadline"
	want := []string{
		`message type *messages.Expired: registry ID "expired" of *messages.Expired is not an RFC 9562 UUID (7 bytes, want 36), so dogma.RegisterDeadline panics; use a random UUID such as uuidgen prints [message-type-id]`,
		`message type *messages.Due: registry ID "00000000-0000-0000-0000-000000000000" of *messages.Due is the nil UUID, which dogma.RegisterDeadline rejects with a panic; use a random UUID such as uuidgen prints [message-type-id]`,
		`message type *messages.Opened: registry ID "9A3E2F1C-5B7D-4C8E-A1F2-3D4B5C6E7F80" (the same UUID as "9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80") of *messages.Opened is already the ID of *messages.Open; dogma.RegisterEvent panics, give each message type its own random UUID [duplicate-message-type-id]`,
		`message type *messages.Open: *messages.Open is registered again with the same ID, and dogma.RegisterCommand panics on a type that is already registered; keep one registration [message-type-registered-twice]`,
		`message type *messages.Open: *messages.Open is registered again, with ID "6c1f4a0e-9b1d-4a53-8f0e-2d7c9a3b5e41" after "9a3e2f1c-5b7d-4c8e-a1f2-3d4b5c6e7f80", and dogma.RegisterCommand panics on a type that is already registered; keep one registration [message-type-registered-twice]`,
	}
	ps := validate.CheckRegistrations(deadlines)
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), dump(ps))
	}
	// Catalog order puts message-type-id before duplicate-message-type-id
	// before message-type-registered-twice.
	for i, p := range ps {
		if p.String() != want[i] {
			t.Errorf("problem %d:\ngot  %s\nwant %s", i, p, want[i])
		}
		if p.Severity != validate.Error {
			t.Errorf("problem %d is a %s", i, p.Severity)
		}
	}
	// Positions: an ID problem is at the ID, a repeat at the call, each
	// conflict related to the first registration.
	if ps[0].Pos != 11 || ps[2].Pos != 41 || ps[3].Pos != 50 {
		t.Errorf("positions %d, %d, %d; want 11, 41, 50", ps[0].Pos, ps[2].Pos, ps[3].Pos)
	}
	if len(ps[2].Related) != 1 || ps[2].Related[0].Pos != 30 || len(ps[3].Related) != 1 || ps[3].Related[0].Pos != 30 {
		t.Errorf("related positions: %+v, %+v", ps[2].Related, ps[3].Related)
	}
}

// TestRegistryFuncNames checks that problems name the registry function of
// the program's dogma: RegisterTimeout before v0.24.0, RegisterDeadline on.
func TestRegistryFuncNames(t *testing.T) {
	g := registry(reg(validate.Timeout, "Expired", "x", 10))
	if ps := validate.CheckRegistrations(g); len(ps) != 1 || !strings.Contains(ps[0].Message, "dogma.RegisterTimeout panics") {
		t.Errorf("before deadlines: %s", dump(ps))
	}
	g.Deadlines = true
	if ps := validate.CheckRegistrations(g); len(ps) != 1 || !strings.Contains(ps[0].Message, "dogma.RegisterDeadline panics") {
		t.Errorf("with deadlines: %s", dump(ps))
	}
	uses := []validate.MessageUse{{Type: msg("Due"), Kind: validate.Timeout, Via: "SchedulesDeadline route", Entity: "process", Pos: 5}}
	if ps := validate.CheckRegistered(g, uses); len(ps) != 1 || !strings.Contains(ps[0].Message, "dogma.RegisterDeadline[*messages.Due](id)") {
		t.Errorf("unregistered deadline: %s", dump(ps))
	}
}

func use(k validate.MessageKind, name string, pos token.Pos) validate.MessageUse {
	return validate.MessageUse{Type: msg(name), Kind: k, Via: "HandlesCommand route", Entity: "aggregate *bank.AccountHandler (account)", Pos: pos}
}

func TestCheckRegistered(t *testing.T) {
	complete := registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idB, 20))
	incomplete := registry(reg(validate.Command, "Open", idA, 10))
	incomplete.Complete = false
	invalidID := registry(reg(validate.Command, "Open", "open", 10))
	cases := []struct {
		desc string
		reg  *validate.Registry
		uses []validate.MessageUse
		want []validate.RuleID
	}{
		{"registered", complete, []validate.MessageUse{use(validate.Command, "Open", 100), use(validate.Event, "Opened", 110)}, nil},
		{"unregistered", complete, []validate.MessageUse{use(validate.Command, "Close", 100)}, []validate.RuleID{validate.MessageTypeUnregistered}},
		{"unregistered, registry incomplete", incomplete, []validate.MessageUse{use(validate.Command, "Close", 100)}, nil},
		{"nil registry", nil, []validate.MessageUse{use(validate.Command, "Close", 100)}, nil},
		{"empty complete registry", registry(), []validate.MessageUse{use(validate.Command, "Close", 100)}, []validate.RuleID{validate.MessageTypeUnregistered}},
		{"T routed, *T registered", complete, []validate.MessageUse{use(validate.Command, "=Open", 100)}, []validate.RuleID{validate.MessageTypeUnregistered}},
		{"same name in another package", complete, []validate.MessageUse{{
			Type: &validate.MessageType{Name: "*example.com/other/messages.Open", Display: "*messages.Open", Pointer: true},
			Kind: validate.Command, Via: "HandlesCommand route", Pos: 100,
		}}, []validate.RuleID{validate.MessageTypeUnregistered}},
		{"registered with an invalid ID", invalidID, []validate.MessageUse{use(validate.Command, "Open", 100)}, nil},
		{"interface type", complete, []validate.MessageUse{{Type: &validate.MessageType{Name: "example.com/bank/messages.Any", Interface: true}, Kind: validate.Command, Pos: 100}}, nil},
		{"nil type", complete, []validate.MessageUse{{Kind: validate.Command, Pos: 100}}, nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			expectRules(t, validate.CheckRegistered(c.reg, c.uses), c.want...)
		})
	}
}

func TestCheckRegisteredMessages(t *testing.T) {
	g := registry(reg(validate.Command, "Open", idA, 10))
	ps := validate.CheckRegistered(g, []validate.MessageUse{
		use(validate.Command, "=Open", 200),
		{Type: msg("Opened"), Kind: validate.Event, Via: "RecordEvent call", Entity: "aggregate *bank.AccountHandler (account)", Pos: 100},
	})
	want := []string{
		`aggregate *bank.AccountHandler (account): RecordEvent call for *messages.Opened needs the type in dogma's message type registry, and the program registers it nowhere; register it with dogma.RegisterEvent[*messages.Opened](id), where id is a random UUID [message-type-unregistered]`,
		`aggregate *bank.AccountHandler (account): HandlesCommand route for messages.Open needs the type in dogma's message type registry, and the program registers it nowhere; register it with dogma.RegisterCommand[messages.Open](id), where id is a random UUID, or use the registered type (the registry tells messages.Open and *messages.Open apart) [message-type-unregistered]`,
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), dump(ps))
	}
	for i, p := range ps {
		if p.String() != want[i] {
			t.Errorf("problem %d:\ngot  %s\nwant %s", i, p, want[i])
		}
	}
}

func TestRouteUses(t *testing.T) {
	open, opened := msg("Open"), msg("Opened")
	h := &validate.Handler{
		Kind: validate.AggregateHandler, GoType: "*bank.AccountHandler",
		Identities: []validate.Identity{{Name: "account", NameKnown: true, Key: idA, KeyKnown: true}},
		Routes: []validate.Route{
			{Kind: validate.HandlesCommandRoute, Type: open, Pos: 1},
			{Kind: validate.RecordsEventRoute, Type: opened, Pos: 2},
			{Kind: validate.HandlesCommandRoute, Pos: 3},
			{Invalid: "<nil>", Pos: 4},
			{Kind: validate.HandlesCommandRoute, Type: &validate.MessageType{Name: "example.com/bank.I", Interface: true}, Pos: 5},
		},
		RoutesComplete: true, IdentitiesComplete: true, DisabledKnown: true,
	}
	a := &validate.App{Registrations: []validate.Registration{{Kind: validate.AggregateHandler, Handler: h}, {Kind: validate.ProcessHandler}}}
	us := validate.RouteUses(a)
	if len(us) != 2 ||
		us[0].Type != open || us[0].Kind != validate.Command || us[0].Via != "HandlesCommand route" || us[0].Pos != 1 ||
		us[1].Type != opened || us[1].Kind != validate.Event || us[1].Via != "RecordsEvent route" || us[1].Pos != 2 ||
		us[0].Entity != "aggregate *bank.AccountHandler (account)" {
		t.Errorf("RouteUses: %+v", us)
	}
	if validate.RouteUses(nil) != nil || validate.HandlerRouteUses(nil) != nil {
		t.Error("uses of nil")
	}
	// Every use an unregistered message: the route uses reach the rule.
	expectRules(t, validate.CheckRegistered(registry(), us), validate.MessageTypeUnregistered)
	if ps := validate.CheckRegistered(registry(reg(validate.Command, "Open", idA, 10), reg(validate.Event, "Opened", idB, 20)), us); len(ps) != 0 {
		t.Errorf("registered routes: %s", dump(ps))
	}
}

// TestRegistrationOfUnknownType checks that a registration whose type the
// front end could not name still has its ID checked, and that its problem
// does not invent a type.
func TestRegistrationOfUnknownType(t *testing.T) {
	g := registry(validate.MessageRegistration{Kind: validate.Event, ID: "opened", IDKnown: true, Pos: 7})
	ps := validate.CheckRegistrations(g)
	want := `message type registration: registry ID "opened" is not an RFC 9562 UUID (6 bytes, want 36), so dogma.RegisterEvent panics; use a random UUID such as uuidgen prints [message-type-id]`
	if len(ps) != 1 || ps[0].String() != want || ps[0].Pos != 7 {
		t.Errorf("got:\n%s\nwant %s at 7", dump(ps), want)
	}
}
