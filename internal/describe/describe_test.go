package describe

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/validate"
)

func at(line int) dogmaconfig.Posn { return dogmaconfig.Posn{File: "bank.go", Line: line, Column: 1} }

func pos(p dogmaconfig.Posn) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column) }

func msg(name string) *validate.MessageType {
	return &validate.MessageType{Name: "example.com/bank." + name, Display: "bank." + name}
}

func id(name string) []dogmaconfig.IdentitySummary {
	return []dogmaconfig.IdentitySummary{{Name: name, NameKnown: true, Key: name + "-key", KeyKnown: true}}
}

// bank is an application with an aggregate, a process with a timeout, a
// projection, a nil registration, and a handler no application registers.
func bank() []*dogmaconfig.Result {
	account := &dogmaconfig.HandlerSummary{
		Kind: validate.AggregateHandler, GoType: "*bank.Account", Identities: id("account"),
		IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true, Pos: at(10),
		Routes: []dogmaconfig.RouteSummary{
			{Kind: validate.HandlesCommandRoute, Type: msg("Open"), Pos: at(11)},
			{Kind: validate.RecordsEventRoute, Type: msg("Opened"), Pos: at(12)},
		},
	}
	welcome := &dogmaconfig.HandlerSummary{
		Kind: validate.ProcessHandler, GoType: "*bank.Welcome", Identities: id("welcome"),
		IdentitiesComplete: true, RoutesComplete: false, DisabledKnown: true, Pos: at(20),
		Routes: []dogmaconfig.RouteSummary{
			{Kind: validate.HandlesEventRoute, Type: msg("Opened"), Pos: at(21)},
			{Kind: validate.ExecutesCommandRoute, Type: msg("Notify"), Pos: at(22)},
			{Kind: validate.SchedulesTimeoutRoute, Type: msg("Reminder"), Pos: at(23)},
			{Kind: validate.HandlesEventRoute, TypeParam: 1, Pos: at(24)},
		},
	}
	report := &dogmaconfig.HandlerSummary{
		Kind: validate.ProjectionHandler, GoType: "*bank.Report",
		Identities:         []dogmaconfig.IdentitySummary{{Key: "k", KeyKnown: true}},
		IdentitiesComplete: true, RoutesComplete: true, Disabled: true, DisabledKnown: true, Pos: at(30),
		Routes: []dogmaconfig.RouteSummary{{Kind: validate.HandlesEventRoute, Type: msg("Opened"), Pos: at(31)}},
	}
	stray := &dogmaconfig.HandlerSummary{
		Kind: validate.IntegrationHandler, GoType: "*bank.Stray", IdentitiesComplete: true,
		RoutesComplete: true, DisabledKnown: true, Pos: at(40),
	}
	app := &dogmaconfig.ApplicationSummary{
		GoType: "bank.App", Identities: id("bank"), IdentitiesComplete: true, RegistrationsComplete: true, Pos: at(1),
		Registrations: []dogmaconfig.RegistrationSummary{
			{Kind: validate.AggregateHandler, Handler: account, Pos: at(2)},
			{Kind: validate.ProcessHandler, Handler: welcome, Pos: at(3)},
			{Kind: validate.ProjectionHandler, Handler: report, Pos: at(4)},
			{Kind: validate.IntegrationHandler, Pos: at(5)},
		},
	}
	r := &dogmaconfig.Result{
		Applications: []*dogmaconfig.Application{{Summary: app}},
		Handlers: []*dogmaconfig.Handler{
			{Summary: account}, {Summary: welcome}, {Summary: report}, {Summary: stray},
		},
	}
	// The same package seen twice (as through a test variant) changes
	// nothing.
	return []*dogmaconfig.Result{r, r, nil}
}

func TestBuild(t *testing.T) {
	d := Build(bank(), pos)
	if len(d.Applications) != 1 {
		t.Fatalf("got %d applications", len(d.Applications))
	}
	a := d.Applications[0]
	if a.Name() != "bank" || len(a.Handlers) != 4 || !a.Handlers[3].Nil {
		t.Fatalf("application %+v", a)
	}
	if got := a.Handlers[2].Label(); got != "projection *bank.Report" {
		t.Errorf("a handler without a known name is labelled %q", got)
	}
	var flows []string
	for _, f := range a.Flows {
		flows = append(flows, f.From+" -> "+f.To+" ("+f.Route+")")
	}
	want := []string{
		"handler:0 -> message:example.com/bank.Opened (RecordsEvent)",
		"handler:1 -> message:example.com/bank.Notify (ExecutesCommand)",
		"handler:1 -> message:example.com/bank.Reminder (SchedulesTimeout)",
		"message:example.com/bank.Open -> handler:0 (HandlesCommand)",
		"message:example.com/bank.Opened -> handler:1 (HandlesEvent)",
		"message:example.com/bank.Opened -> handler:2 (HandlesEvent)",
		"message:example.com/bank.Reminder -> handler:1 (SchedulesTimeout)",
	}
	if strings.Join(flows, "\n") != strings.Join(want, "\n") {
		t.Errorf("flows:\n%s\nwant:\n%s", strings.Join(flows, "\n"), strings.Join(want, "\n"))
	}
	var msgs []string
	for _, m := range a.Messages {
		msgs = append(msgs, m.Kind+" "+m.Type)
	}
	if got := strings.Join(msgs, ", "); got != "command bank.Notify, command bank.Open, event bank.Opened, timeout bank.Reminder" {
		t.Errorf("messages: %s", got)
	}
	if len(d.Handlers) != 1 || d.Handlers[0].GoType != "*bank.Stray" {
		t.Errorf("unregistered handlers: %+v", d.Handlers)
	}
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, Build(bank(), pos)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"application bank\n",
		`identity:       "bank" "bank-key"`,
		"  aggregate account\n",
		"HandlesCommand:  bank.Open",
		"HandlesEvent:      message type is type parameter 1 of the handler",
		"note:              some routes cannot be followed statically; the list is partial",
		"disabled:",
		"integration handler: nil, registered at bank.go:5:1",
		"    command bank.Notify\n      executed by:  process welcome\n      handled by:   no handler of the application\n",
		"scheduled and handled by:  process welcome",
		"handlers not registered by any application found\n\n  integration *bank.Stray\n",
		"routes:         none",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteDOT(t *testing.T) {
	var b bytes.Buffer
	if err := WriteDOT(&b, Build(bank(), pos)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"digraph dogma {\n",
		"subgraph cluster_a0 {\n    label=\"application bank (bank.App)\";\n",
		`a0h0 [label="aggregate\naccount", shape=box`,
		`a0h1 [label="process\nwelcome\nsome routes unknown", shape=box, style="filled,dashed"`,
		`a0h2 [label="projection\n*bank.Report (disabled)"`,
		`a0m1 [label="command\nbank.Open", shape=box, style="rounded"];`,
		// Columns: commands, aggregates, processes, projections, events.
		"{ rank=same; a0c0 [style=invis, shape=point, width=0, label=\"\"]; a0m0; a0m1; }\n",
		"{ rank=same; a0c1 [style=invis, shape=point, width=0, label=\"\"]; a0h0; }\n",
		"a0c0 -> a0c1 [style=invis];\n    { rank=same; a0c2",
		"a0m1 -> a0h0 [constraint=false];\n",
		"a0h0 -> a0m2 [constraint=false];\n",
		"a0h1 -> a0m3 [constraint=false, style=dashed];\n",
		"a0m3 -> a0h1 [constraint=false, style=dashed];\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "a0h3") {
		t.Errorf("the nil registration became a node:\n%s", out)
	}
}

func TestWriteMermaid(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMermaid(&b, Build(bank(), pos)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"flowchart LR\n",
		"  subgraph a0[\"application bank (bank.App)\"]\n",
		"    a0h0[\"aggregate<br>account\"]\n",
		"    a0h1[\"process<br>welcome<br>some routes unknown\"]\n",
		"    a0m1([\"command<br>bank.Open\"])\n",
		"    a0m2(\"event<br>bank.Opened\")\n",
		"    a0m3{{\"timeout<br>bank.Reminder\"}}\n",
		"    a0m1 --> a0h0\n",
		"    a0h1 -.-> a0m3\n",
		"  end\n",
		"  class a0h0 aggregate\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Mermaid output lacks %q:\n%s", want, out)
		}
	}
}

func TestQuoting(t *testing.T) {
	if got := quoteDOT("a \"b\" \\ c"); got != `"a \"b\" \\ c"` {
		t.Errorf("quoteDOT: %s", got)
	}
	if got := quoteMermaid(`x "y" <T>`); got != `"x #quot;y#quot; #lt;T#gt;"` {
		t.Errorf("quoteMermaid: %s", got)
	}
}

func TestDeterministic(t *testing.T) {
	render := func() string {
		var b bytes.Buffer
		d := Build(bank(), pos)
		for _, w := range []func(*bytes.Buffer, *Description) error{
			func(b *bytes.Buffer, d *Description) error { return WriteText(b, d) },
			func(b *bytes.Buffer, d *Description) error { return WriteJSON(b, d) },
			func(b *bytes.Buffer, d *Description) error { return WriteDOT(b, d) },
			func(b *bytes.Buffer, d *Description) error { return WriteMermaid(b, d) },
		} {
			if err := w(&b, d); err != nil {
				t.Fatal(err)
			}
		}
		return b.String()
	}
	first := render()
	for range 5 {
		if render() != first {
			t.Fatal("output differs between runs")
		}
	}
}

// TestTwoApplications checks that each application gets its own cluster
// and node IDs, even when they share a handler and message types.
func TestTwoApplications(t *testing.T) {
	rs := bank()
	first := rs[0].Applications[0].Summary
	second := *first
	second.GoType = "bank.Other"
	second.Identities = id("other")
	second.Pos = at(100)
	second.Registrations = first.Registrations[:1]
	r := &dogmaconfig.Result{Applications: []*dogmaconfig.Application{{Summary: &second}, {Summary: first}}}
	d := Build([]*dogmaconfig.Result{r}, pos)
	if len(d.Applications) != 2 || d.Applications[0].Name() != "bank" || d.Applications[1].Name() != "other" {
		t.Fatalf("applications are not in position order: %+v", d.Applications)
	}
	var dot, mmd bytes.Buffer
	if err := WriteDOT(&dot, d); err != nil {
		t.Fatal(err)
	}
	if err := WriteMermaid(&mmd, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"subgraph cluster_a1 {", "a1h0 [label=\"aggregate\\naccount\"", "a1m0 -> a1h0 [constraint=false];"} {
		if !strings.Contains(dot.String(), want) {
			t.Errorf("DOT output lacks %q:\n%s", want, dot.String())
		}
	}
	for _, want := range []string{"subgraph a1[\"application other (bank.Other)\"]", "a1m0 --> a1h0"} {
		if !strings.Contains(mmd.String(), want) {
			t.Errorf("Mermaid output lacks %q:\n%s", want, mmd.String())
		}
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"daily totals":    "daily totals",
		"d\u00e9p\u00f4t": "d\u00e9p\u00f4t",
		"daily\xfftotals": `daily\xfftotals`,
		"\xe2\x82":        `\xe2\x82`,
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCaveats checks that what the text output says is unknown about an
// application and its handlers reaches the graphs too.
func TestCaveats(t *testing.T) {
	rs := bank()
	app := *rs[0].Applications[0].Summary
	app.RegistrationsComplete = false
	app.Identities[0].Name = "bank\xff"
	r := &dogmaconfig.Result{Applications: []*dogmaconfig.Application{{Summary: &app}}}
	d := Build([]*dogmaconfig.Result{r}, pos)
	var dot, mmd bytes.Buffer
	if err := WriteDOT(&dot, d); err != nil {
		t.Fatal(err)
	}
	if err := WriteMermaid(&mmd, d); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{dot.String(), mmd.String()} {
		if !strings.Contains(out, "partial: some handlers are registered in a way dogmavet cannot follow") {
			t.Errorf("the graph does not say it is partial:\n%s", out)
		}
		if !strings.Contains(out, `bank\\xff`) && !strings.Contains(out, `bank\xff`) || !utf8.ValidString(out) {
			t.Errorf("the invalid name is not escaped:\n%s", out)
		}
	}
	// The complete application's graph has no such caveat.
	dot.Reset()
	if err := WriteDOT(&dot, Build(bank(), pos)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(dot.String(), "partial") {
		t.Errorf("a complete application's graph says it is partial:\n%s", dot.String())
	}
}

// TestAdaptor checks that a handler passed to an adaptor registration that
// extraction could not follow is described as registered through it, and
// that one of another type or kind is still not registered.
func TestAdaptor(t *testing.T) {
	totals := &dogmaconfig.HandlerSummary{
		Kind: validate.ProjectionHandler, GoType: "*bank.Totals", Identities: id("totals"),
		IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true, Pos: at(50),
		Routes: []dogmaconfig.RouteSummary{{Kind: validate.HandlesEventRoute, Type: msg("Opened"), Pos: at(51)}},
	}
	other := *totals
	other.GoType, other.Identities, other.Pos = "*bank.Other", id("other"), at(60)
	wrongKind := *totals
	wrongKind.Kind, wrongKind.GoType, wrongKind.Identities, wrongKind.Pos = validate.IntegrationHandler, "bank.Gateway", id("gateway"), at(70)
	app := &dogmaconfig.ApplicationSummary{
		GoType: "bank.App", Identities: id("bank"), IdentitiesComplete: true, Pos: at(1),
		Adaptors: []dogmaconfig.AdaptorRegistration{
			{Kind: validate.ProjectionHandler, Func: "example.com/wrap.New", ArgTypes: []string{"*sql.DB", "bank.Totals"}, Pos: at(2)},
			{Kind: validate.ProjectionHandler, Func: "example.com/wrap.New", ArgTypes: []string{"*bank.Gateway"}, Pos: at(3)},
		},
	}
	r := &dogmaconfig.Result{
		Applications: []*dogmaconfig.Application{{Summary: app}},
		Handlers:     []*dogmaconfig.Handler{{Summary: totals}, {Summary: &other}, {Summary: &wrongKind}},
	}
	d := Build([]*dogmaconfig.Result{r}, pos)
	if len(d.Handlers) != 3 {
		t.Fatalf("got %d unregistered handlers", len(d.Handlers))
	}
	if a := d.Handlers[0].Adaptor; a == nil || a.Func != "example.com/wrap.New" || a.Pos != "bank.go:2:1" || a.Application != "bank" {
		t.Errorf("totals: adaptor %+v", a)
	}
	for _, h := range d.Handlers[1:] {
		if h.Adaptor != nil {
			t.Errorf("%s is taken as registered through %+v", h.GoType, h.Adaptor)
		}
	}
	var text, dot bytes.Buffer
	if err := WriteText(&text, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"adaptor:        projection registered through wrap.New at bank.go:2:1, which dogmavet could not follow\n",
		"handlers registered through an adaptor that could not be followed\n\n  projection totals\n",
		"registered:     probably by application bank through wrap.New at bank.go:2:1\n",
		"handlers not registered by any application found\n\n  projection other\n",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, text.String())
		}
	}
	if err := WriteDOT(&dot, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dot.String(), `label="projection\ntotals\nregistered through wrap.New,\nan adaptor that could not be followed"`) || strings.Contains(dot.String(), "other") {
		t.Errorf("the graph does not draw totals, and only totals, as registered through the adaptor:\n%s", dot.String())
	}
}

// TestConditional checks that a handler registered on some paths only is
// listed with the application, marked so, and not as unregistered.
func TestConditional(t *testing.T) {
	totals := &dogmaconfig.HandlerSummary{
		Kind: validate.ProjectionHandler, GoType: "*bank.Totals", Identities: id("totals"),
		IdentitiesComplete: true, RoutesComplete: true, DisabledKnown: true, Pos: at(50),
	}
	other := *totals
	other.GoType, other.Identities, other.Pos = "*bank.Other", id("other"), at(60)
	app := &dogmaconfig.ApplicationSummary{
		GoType: "bank.App", Identities: id("bank"), IdentitiesComplete: true, Pos: at(1),
		Conditional: []dogmaconfig.RegistrationSummary{{Kind: validate.ProjectionHandler, Handler: totals, Pos: at(2)}},
	}
	r := &dogmaconfig.Result{
		Applications: []*dogmaconfig.Application{{Summary: app}},
		Handlers:     []*dogmaconfig.Handler{{Summary: totals}, {Summary: &other}},
	}
	d := Build([]*dogmaconfig.Result{r}, pos)
	if len(d.Applications) != 1 || len(d.Applications[0].Handlers) != 1 || !d.Applications[0].Handlers[0].Conditional {
		t.Fatalf("the conditional registration is not listed with the application: %+v", d.Applications)
	}
	if len(d.Handlers) != 1 || d.Handlers[0].GoType != "*bank.Other" {
		t.Fatalf("unregistered handlers: %+v", d.Handlers)
	}
	var text bytes.Buffer
	if err := WriteText(&text, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "  projection totals\n") || !strings.Contains(text.String(), "registered:     on some paths only\n") {
		t.Errorf("text output:\n%s", text.String())
	}
}
