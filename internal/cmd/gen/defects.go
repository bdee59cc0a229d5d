package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dogmavet/dogmavet/validate"
)

// defect is one handler (or registration) that breaks exactly one rule. The
// offending line carries the marker comment "// defect: <rule-id>".
type defect struct {
	Rule validate.RuleID
	// Kind of the handler; the zero value with Register == "" means the
	// defect lives in the application's Configure instead.
	Kind kind
	// Configure is the body of the handler's Configure method. %[1]s is the
	// handler's own command type, %[2]s its own event type, %[3]s its name
	// and %[4]s its key.
	Configure string
	// AppLine is a line for the application's Configure (app-level defects).
	AppLine string
	// UpperKey writes the handler's key in upper case.
	UpperKey bool
	// Quiet handlers produce no message, for defects whose point is a
	// missing producer route: producing one would break a second rule.
	Quiet bool
}

const defectsPkg = "defects"

// defectList returns one defect per configuration rule that can be written
// in code that compiles. configure-panic is left out: it is a run-time
// failure with no static shape.
func defectList() []defect {
	std := func(routes string) string {
		return "c.Identity(%[3]q, %[4]q)\n" + routes
	}
	intRoutes := "c.Routes(dogma.HandlesCommand[%[1]s](), dogma.RecordsEvent[%[2]s]())\n"
	return []defect{
		{Rule: validate.IdentityMissing, Kind: integration,
			Configure: "// defect: identity-missing\n" + intRoutes},
		{Rule: validate.IdentityMultiple, Kind: integration,
			Configure: std(intRoutes) + "c.Identity(%[3]q, %[4]q) // defect: identity-multiple\n"},
		{Rule: validate.IdentityName, Kind: integration,
			Configure: "c.Identity(\"bad name\", %[4]q) // defect: identity-name\n" + intRoutes},
		{Rule: validate.IdentityNameLength, Kind: integration,
			Configure: "c.Identity(\"" + strings.Repeat("n", 300) + "\", %[4]q) // defect: identity-name-length\n" + intRoutes},
		{Rule: validate.IdentityNameUTF8, Kind: integration,
			Configure: "c.Identity(\"bad\\xffname\", %[4]q) // defect: identity-name-utf8\n" + intRoutes},
		{Rule: validate.IdentityKey, Kind: integration,
			Configure: "c.Identity(%[3]q, \"not-a-uuid\") // defect: identity-key\n" + intRoutes},
		{Rule: validate.IdentityKeyCanonical, Kind: integration,
			Configure: "c.Identity(%[3]q, %[4]q) // defect: identity-key-canonical\n" + intRoutes, UpperKey: true},
		{Rule: validate.MissingHandlesCommand, Kind: aggregate,
			Configure: std("c.Routes(dogma.RecordsEvent[%[2]s]()) // defect: missing-handles-command\n")},
		{Rule: validate.MissingRecordsEvent, Kind: aggregate, Quiet: true,
			Configure: std("c.Routes(dogma.HandlesCommand[%[1]s]()) // defect: missing-records-event\n")},
		{Rule: validate.MissingHandlesEvent, Kind: projection,
			Configure: std("c.Routes() // defect: missing-handles-event\n")},
		{Rule: validate.MissingExecutesCommand, Kind: process, Quiet: true,
			Configure: std("c.Routes(dogma.HandlesEvent[%[2]s]()) // defect: missing-executes-command\n")},
		{Rule: validate.DuplicateRoute, Kind: integration,
			Configure: std("c.Routes(\ndogma.HandlesCommand[%[1]s](),\ndogma.HandlesCommand[%[1]s](), // defect: duplicate-route\ndogma.RecordsEvent[%[2]s](),\n)\n")},
		{Rule: validate.DuplicateCommandRoute, Kind: integration,
			Configure: std(intRoutes + "c.Routes(dogma.HandlesCommand[SharedCommand]()) // defect: duplicate-command-handler\n")},
		{Rule: validate.DuplicateEventRecorder, Kind: integration,
			Configure: std(intRoutes + "c.Routes(dogma.RecordsEvent[SharedEvent]()) // defect: duplicate-event-recorder\n")},
		{Rule: validate.DuplicateKey, Kind: integration,
			Configure: "c.Identity(%[3]q, SharedKey) // defect: duplicate-key\n" + intRoutes},
		{Rule: validate.DuplicateName, Kind: integration,
			Configure: "c.Identity(SharedName, %[4]q) // defect: duplicate-name\n" + intRoutes},
		{Rule: validate.NilDeliveryPolicy, Kind: projection,
			Configure: std("c.Routes(dogma.HandlesEvent[%[2]s]())\nc.DeliveryPolicy(nil) // defect: nil-delivery-policy\n")},
		{Rule: validate.NilHandler,
			AppLine: "c.RegisterIntegration(nil) // defect: nil-handler"},
		{Rule: validate.InvalidRoute, Kind: integration,
			Configure: std(intRoutes + "c.Routes(nil) // defect: invalid-route\n")},
		{Rule: validate.NilRouteType, Kind: integration,
			Configure: std(intRoutes + "c.Routes(dogma.RecordsEventRoute{}) // defect: nil-route-type\n")},
		{Rule: validate.RouteReceiver, Kind: integration,
			Configure: std("c.Routes(dogma.HandlesCommand[*%[1]s](), dogma.RecordsEvent[%[2]s]()) // defect: route-receiver\n")},
		{Rule: validate.RouteMessageKind, Kind: integration,
			Configure: std(intRoutes + "c.Routes(dogma.HandlesCommandRoute{Type: reflect.TypeOf(%[2]s{})}) // defect: route-message-kind\n")},
		{Rule: validate.RouteInterfaceType, Kind: integration,
			Configure: std(intRoutes + "c.Routes(dogma.HandlesCommand[dogma.Command]()) // defect: route-interface-type\n")},
	}
}

// defectFiles writes the defects package and the application's
// registerDefects function.
func defectFiles(rng *rand.Rand) ([]file, error) {
	var files []file
	msgs := &pkg{Name: defectsPkg}
	msgs.Messages = append(msgs.Messages,
		message{Type: "SharedCommand", Kind: "Command", Verb: "shared command"},
		message{Type: "SharedEvent", Kind: "Event", Verb: "shared event"},
	)

	var reg strings.Builder
	reg.WriteString(header + "package app\n\nimport (\n\"github.com/dogmatiq/dogma\"\n\n\"" +
		modulePath + "/domain/" + defectsPkg + "\"\n)\n\n" +
		"// registerDefects registers handlers that each break one rule.\n" +
		"func registerDefects(c dogma.ApplicationConfigurer) {\n" +
		"c.RegisterIntegration(defects.SharedOwner{})\n")

	// SharedOwner is the valid handler that the duplicate-* defects
	// collide with.
	owner := fmt.Sprintf(`%spackage defects

import "github.com/dogmatiq/dogma"

// SharedName and SharedKey are the identity of SharedOwner, reused by the
// duplicate-name and duplicate-key defects.
const (
	SharedName = "defects.shared-owner"
	SharedKey  = %q
)

// SharedOwner is a valid integration whose command, event, name and key other
// defect handlers reuse.
type SharedOwner struct{}

// Configure describes the handler to the engine.
func (SharedOwner) Configure(c dogma.IntegrationConfigurer) {
	c.Identity(SharedName, SharedKey)
	c.Routes(dogma.HandlesCommand[SharedCommand](), dogma.RecordsEvent[SharedEvent]())
}

// HandleCommand records SharedEvent.
func (SharedOwner) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	s.RecordEvent(SharedEvent{ID: m.(SharedCommand).ID})
	return nil
}
`, header, newKey(rng))
	owner = strings.Replace(owner, `import "github.com/dogmatiq/dogma"`, "import (\n\"context\"\n\n\"github.com/dogmatiq/dogma\"\n)", 1)
	files = append(files, file{Path: "domain/defects/owner.go", Data: []byte(owner)})

	for i, d := range defectList() {
		if d.AppLine != "" {
			reg.WriteString(d.AppLine + "\n")
			continue
		}
		typ := defectType(d.Rule)
		cmd, evt := typ+"Command", typ+"Event"
		msgs.Messages = append(msgs.Messages,
			message{Type: cmd, Kind: "Command", Verb: "command of " + string(d.Rule)},
			message{Type: evt, Kind: "Event", Verb: "event of " + string(d.Rule)},
		)
		name := fmt.Sprintf("defects.%s-%d", d.Rule, i)
		key := newKey(rng)
		if d.UpperKey {
			key = strings.ToUpper(key)
		}
		body := fmt.Sprintf(d.Configure, cmd, evt, name, key)
		src, err := defectHandler(d.Kind, typ, cmd, evt, body, d.Quiet)
		if err != nil {
			return nil, err
		}
		files = append(files, file{Path: "domain/defects/" + string(d.Rule) + ".go", Data: src})
		switch d.Kind {
		case aggregate:
			fmt.Fprintf(&reg, "c.RegisterAggregate(defects.%s{})\n", typ)
		case process:
			fmt.Fprintf(&reg, "c.RegisterProcess(defects.%s{})\n", typ)
		case integration:
			fmt.Fprintf(&reg, "c.RegisterIntegration(defects.%s{})\n", typ)
		case projection:
			fmt.Fprintf(&reg, "c.RegisterProjection(defects.%s{})\n", typ)
		}
	}
	reg.WriteString("}\n")

	m, err := render("messages", msgs)
	if err != nil {
		return nil, err
	}
	files = append(files, file{Path: "domain/defects/messages.go", Data: m})
	a, err := formatSource("app/defects.go", []byte(reg.String()))
	if err != nil {
		return nil, err
	}
	return append(files, file{Path: "app/defects.go", Data: a}), nil
}

// defectType turns "identity-name-utf8" into "IdentityNameUtf8".
func defectType(r validate.RuleID) string {
	var b strings.Builder
	for _, part := range strings.Split(string(r), "-") {
		b.WriteString(title(part))
	}
	return b.String()
}

// defectHandler writes a minimal handler of the given kind whose Configure
// body is body; the other methods only satisfy the interface.
func defectHandler(k kind, typ, cmd, evt, body string, quiet bool) ([]byte, error) {
	var methods string
	produce := map[kind]string{
		aggregate:   "s.RecordEvent(%[3]s{ID: m.(%[2]s).ID})",
		process:     "s.ExecuteCommand(%[2]s{ID: e.(%[3]s).ID})",
		integration: "s.RecordEvent(%[3]s{ID: m.(%[2]s).ID})",
	}
	if quiet {
		produce[aggregate] = "s.Log(\"ignored %%s\", m.(%[2]s).ID)"
		produce[process] = "s.Log(\"ignored %%s\", e.(%[3]s).ID)"
	}
	switch k {
	case aggregate:
		methods = fmt.Sprintf(`
type %[1]sRoot struct{ Seen int }

// ApplyEvent counts events.
func (r *%[1]sRoot) ApplyEvent(dogma.Event) { r.Seen++ }

// New returns an empty root.
func (%[1]s) New() dogma.AggregateRoot { return &%[1]sRoot{} }

// RouteCommandToInstance routes by ID.
func (%[1]s) RouteCommandToInstance(m dogma.Command) string { return m.(%[2]s).ID }

// HandleCommand answers the command.
func (%[1]s) HandleCommand(_ dogma.AggregateRoot, s dogma.AggregateCommandScope, m dogma.Command) {
	`+produce[aggregate]+`
}
`, typ, cmd, evt)
	case process:
		methods = fmt.Sprintf(`
// New returns a stateless root.
func (%[1]s) New() dogma.ProcessRoot { return dogma.StatelessProcessRoot }

// RouteEventToInstance routes by ID.
func (%[1]s) RouteEventToInstance(_ context.Context, e dogma.Event) (string, bool, error) {
	return e.(%[3]s).ID, true, nil
}

// HandleEvent answers the event.
func (%[1]s) HandleEvent(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessEventScope, e dogma.Event) error {
	`+produce[process]+`
	return nil
}

// HandleTimeout ends the process.
func (%[1]s) HandleTimeout(_ context.Context, _ dogma.ProcessRoot, s dogma.ProcessTimeoutScope, _ dogma.Timeout) error {
	s.End()
	return nil
}
`, typ, cmd, evt)
	case integration:
		methods = fmt.Sprintf(`
// HandleCommand answers the command.
func (%[1]s) HandleCommand(_ context.Context, s dogma.IntegrationCommandScope, m dogma.Command) error {
	`+produce[integration]+`
	return nil
}
`, typ, cmd, evt)
	case projection:
		methods = fmt.Sprintf(`
// HandleEvent accepts every event.
func (%[1]s) HandleEvent(context.Context, []byte, []byte, []byte, dogma.ProjectionEventScope, dogma.Event) (bool, error) {
	return true, nil
}

// ResourceVersion reports no stored version.
func (%[1]s) ResourceVersion(context.Context, []byte) ([]byte, error) { return nil, nil }

// CloseResource does nothing.
func (%[1]s) CloseResource(context.Context, []byte) error { return nil }

// Compact does nothing.
func (%[1]s) Compact(context.Context, dogma.ProjectionCompactScope) error { return nil }
`, typ)
	}
	configurer := "dogma." + title(k.String()) + "Configurer"
	var imports []string
	if k != aggregate {
		imports = append(imports, `"context"`)
	}
	if strings.Contains(body, "reflect.") {
		imports = append(imports, `"reflect"`)
	}
	imports = append(imports, "", `"github.com/dogmatiq/dogma"`)
	src := fmt.Sprintf(`%[1]spackage defects

import (
%[8]s
)

// %[2]s is %[3]s handler with a %[4]s defect.
type %[2]s struct{}

// Configure describes the handler to the engine.
func (%[2]s) Configure(c %[5]s) {
%[6]s}
%[7]s`, header, typ, article(k.String()), defectRuleOf(body), configurer, body, methods, strings.Join(imports, "\n"))
	return formatSource(typ+".go", []byte(src))
}

// defectRuleOf finds the rule named by the marker comment of body.
func defectRuleOf(body string) string {
	_, after, ok := strings.Cut(body, "// defect: ")
	if !ok {
		return "configuration"
	}
	rule, _, _ := strings.Cut(after, "\n")
	return rule
}

// article prefixes s with "a" or "an".
func article(s string) string {
	if strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}
