package describe

import (
	"fmt"
	"strconv"
	"strings"
)

// graph is the message-flow graph of one application with stable node IDs,
// shared by the DOT and Mermaid writers.
type graph struct {
	nodes []node
	edges []edge
}

type node struct {
	id, label string
	// kind is the handler kind or the message kind.
	kind    string
	handler bool
	// disabled marks a handler that the engine routes nothing to.
	disabled bool
	// uncertain marks a handler with caveats.
	uncertain bool
	// column places the node in the layout, see handlerColumns.
	column int
}

type edge struct {
	from, to string
	// dashed marks a timeout edge: scheduled by a process, and delivered
	// back to it.
	dashed bool
}

// newGraph numbers the application's handlers and messages: node IDs are
// "a<app>h<handler>" and "a<app>m<message>", in the description's order.
// The handlers that d lists as registered through one of the
// application's adaptors are drawn in it too, after its own, marked so.
func newGraph(appIndex int, d *Description) graph {
	a := d.Applications[appIndex]
	hs := append([]Handler(nil), a.Handlers...)
	for _, h := range d.Handlers {
		if h.Adaptor != nil && h.Adaptor.app == appIndex {
			hs = append(hs, h)
		}
	}
	var g graph
	ids := map[string]string{}
	for i, h := range hs {
		if h.Nil {
			continue
		}
		id := fmt.Sprintf("a%dh%d", appIndex, i)
		ids["handler:"+strconv.Itoa(i)] = id
		label := h.Kind + "\n" + clip(h.Name())
		if h.Disabled == "yes" {
			label += " (disabled)"
		}
		for _, c := range h.Caveats() {
			label += "\n" + c
		}
		g.nodes = append(g.nodes, node{
			id: id, label: label, kind: h.Kind, handler: true,
			disabled: h.Disabled == "yes", uncertain: len(h.Caveats()) > 0,
			column: handlerColumns[h.Kind],
		})
	}
	for i, m := range messages(hs) {
		id := fmt.Sprintf("a%dm%d", appIndex, i)
		ids["message:"+m.TypeName] = id
		g.nodes = append(g.nodes, node{id: id, label: m.Kind + "\n" + clip(m.Type), kind: m.Kind, column: messageColumns[m.Kind]})
	}
	for _, f := range flows(hs) {
		from, to := ids[f.From], ids[f.To]
		if from == "" || to == "" {
			continue
		}
		g.edges = append(g.edges, edge{from: from, to: to, dashed: f.Route == "SchedulesTimeout"})
	}
	return g
}

// The graphs are laid out in columns, left to right: commands, the
// handlers by kind, then events and timeouts. A long chain of flows
// otherwise becomes one row as wide as the chain is long.
var (
	handlerColumns = map[string]int{"aggregate": 1, "process": 2, "integration": 3, "projection": 4}
	messageColumns = map[string]int{"command": 0, "event": 5, "timeout": 5}
)

const columns = 6

// maxLabel is the most runes of a name a graph shows: one very long name
// would make its column, and the picture, as wide.
const maxLabel = 40

// clip shortens a name to maxLabel runes, ending it with "…".
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxLabel {
		return s
	}
	return string(r[:maxLabel-1]) + "…"
}

// appLabel is the title of an application's part of a graph, with what is
// not known about it on lines of their own.
func appLabel(a Application) string {
	label := "application " + a.Name() + " (" + a.GoType + ")"
	if a.Name() == a.GoType {
		label = "application " + a.GoType
	}
	for _, c := range a.Caveats() {
		label += "\n" + c
	}
	return label
}

// quoteDOT quotes a DOT string.
func quoteDOT(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// quoteMermaid quotes a Mermaid label, escaping what its parser treats as
// syntax.
func quoteMermaid(s string) string {
	return `"` + strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;").Replace(s) + `"`
}
