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
}

type edge struct {
	from, to string
	// dashed marks a timeout edge: scheduled by a process, and delivered
	// back to it.
	dashed bool
}

// newGraph numbers the application's handlers and messages: node IDs are
// "a<app>h<handler>" and "a<app>m<message>", in the description's order.
func newGraph(appIndex int, a Application) graph {
	var g graph
	ids := map[string]string{}
	for i, h := range a.Handlers {
		if h.Nil {
			continue
		}
		id := fmt.Sprintf("a%dh%d", appIndex, i)
		ids["handler:"+strconv.Itoa(i)] = id
		g.nodes = append(g.nodes, node{id: id, label: h.Label(), kind: h.Kind, handler: true, disabled: h.Disabled == "yes"})
	}
	for i, m := range a.Messages {
		id := fmt.Sprintf("a%dm%d", appIndex, i)
		ids["message:"+m.TypeName] = id
		g.nodes = append(g.nodes, node{id: id, label: m.Kind + " " + m.Type, kind: m.Kind})
	}
	for _, f := range a.Flows {
		from, to := ids[f.From], ids[f.To]
		if from == "" || to == "" {
			continue
		}
		g.edges = append(g.edges, edge{from: from, to: to, dashed: f.Route == "SchedulesTimeout"})
	}
	return g
}

// appLabel is the title of an application's part of a graph.
func appLabel(a Application) string {
	if a.Name() == a.GoType {
		return "application " + a.GoType
	}
	return "application " + a.Name() + " (" + a.GoType + ")"
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
