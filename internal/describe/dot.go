package describe

import (
	"fmt"
	"io"
	"strings"
)

// dotShapes draws each kind of node in its own shape, as Dogma diagrams
// commonly do: handlers are boxes, messages are rounded.
var dotShapes = map[string]string{
	"aggregate":   `shape=box, style="filled", fillcolor="#fde9c9"`,
	"process":     `shape=box, style="filled", fillcolor="#d9e8fb"`,
	"integration": `shape=box, style="filled", fillcolor="#e4d9fb"`,
	"projection":  `shape=box, style="filled", fillcolor="#d9f5e1"`,
	"command":     `shape=box, style="rounded"`,
	"event":       `shape=ellipse`,
	"timeout":     `shape=hexagon`,
}

// WriteDOT writes the message-flow graphs of the applications as one
// Graphviz digraph, with a cluster per application.
func WriteDOT(w io.Writer, d *Description) error {
	var b strings.Builder
	b.WriteString("digraph dogma {\n")
	b.WriteString("  rankdir=LR;\n")
	b.WriteString("  graph [fontname=\"Helvetica\"];\n")
	b.WriteString("  node [fontname=\"Helvetica\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\"];\n")
	for i, a := range d.Applications {
		g := newGraph(i, a)
		fmt.Fprintf(&b, "\n  subgraph cluster_a%d {\n", i)
		fmt.Fprintf(&b, "    label=%s;\n", quoteDOT(appLabel(a)))
		for _, n := range g.nodes {
			attrs := dotShapes[n.kind]
			if n.disabled {
				attrs += `, color="gray", fontcolor="gray"`
				n.label += " (disabled)"
			}
			fmt.Fprintf(&b, "    %s [label=%s, %s];\n", n.id, quoteDOT(n.label), attrs)
		}
		for _, e := range g.edges {
			style := ""
			if e.dashed {
				style = " [style=dashed]"
			}
			fmt.Fprintf(&b, "    %s -> %s%s;\n", e.from, e.to, style)
		}
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
