package describe

import (
	"fmt"
	"io"
	"strings"
)

// dotShapes draws each kind of node in its own shape, as Dogma diagrams
// commonly do: handlers are boxes, messages are rounded (events shaded),
// timeouts dashed. No ellipses or hexagons: they are wider than their text.
var dotShapes = map[string]string{
	"aggregate":   `shape=box, style="filled", fillcolor="#fde9c9"`,
	"process":     `shape=box, style="filled", fillcolor="#d9e8fb"`,
	"integration": `shape=box, style="filled", fillcolor="#e4d9fb"`,
	"projection":  `shape=box, style="filled", fillcolor="#d9f5e1"`,
	"command":     `shape=box, style="rounded"`,
	"event":       `shape=box, style="rounded,filled", fillcolor="#f2f2f2"`,
	"timeout":     `shape=box, style="rounded,dashed"`,
}

// WriteDOT writes the message-flow graphs of the applications as one
// Graphviz digraph, with a cluster per application.
func WriteDOT(w io.Writer, d *Description) error {
	var b strings.Builder
	b.WriteString("digraph dogma {\n")
	b.WriteString("  rankdir=LR;\n")
	b.WriteString("  ranksep=0.4;\n")
	b.WriteString("  graph [fontname=\"Helvetica\"];\n")
	b.WriteString("  node [fontname=\"Helvetica\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\"];\n")
	for i, a := range d.Applications {
		g := newGraph(i, d)
		fmt.Fprintf(&b, "\n  subgraph cluster_a%d {\n", i)
		fmt.Fprintf(&b, "    label=%s;\n", quoteDOT(appLabel(a)))
		for _, n := range g.nodes {
			attrs := dotShapes[n.kind]
			switch {
			case n.disabled:
				attrs += `, color="gray", fontcolor="gray"`
			case n.uncertain:
				attrs = strings.Replace(attrs, `style="filled"`, `style="filled,dashed"`, 1)
			}
			fmt.Fprintf(&b, "    %s [label=%s, %s];\n", n.id, quoteDOT(n.label), attrs)
		}
		// One column per rank, kept in order by an invisible chain of
		// anchors; the flows do not move nodes between columns.
		var present [columns]bool
		for _, n := range g.nodes {
			present[n.column] = true
		}
		prev := ""
		for c := range columns {
			if !present[c] {
				continue
			}
			anchor := fmt.Sprintf("a%dc%d", i, c)
			fmt.Fprintf(&b, "    { rank=same; %s [style=invis, shape=point, width=0, label=\"\"];", anchor)
			for _, n := range g.nodes {
				if n.column == c {
					fmt.Fprintf(&b, " %s;", n.id)
				}
			}
			b.WriteString(" }\n")
			if prev != "" {
				fmt.Fprintf(&b, "    %s -> %s [style=invis];\n", prev, anchor)
			}
			prev = anchor
		}
		for _, e := range g.edges {
			attrs := "constraint=false"
			if e.dashed {
				attrs += ", style=dashed"
			}
			fmt.Fprintf(&b, "    %s -> %s [%s];\n", e.from, e.to, attrs)
		}
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}
