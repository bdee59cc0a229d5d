package describe

import (
	"fmt"
	"io"
	"strings"
)

// mermaidShapes wraps a node's label in the brackets of its shape: handlers
// are rectangles, commands stadiums, events rounded, timeouts hexagons.
var mermaidShapes = map[string][2]string{
	"command": {"([", "])"},
	"event":   {"(", ")"},
	"timeout": {"{{", "}}"},
}

// WriteMermaid writes the message-flow graphs of the applications as a
// Mermaid flowchart, with a subgraph per application.
func WriteMermaid(w io.Writer, d *Description) error {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for i, a := range d.Applications {
		g := newGraph(i, d)
		fmt.Fprintf(&b, "  subgraph a%d[%s]\n", i, strings.ReplaceAll(quoteMermaid(appLabel(a)), "\n", "<br>"))
		for _, n := range g.nodes {
			open, close := "[", "]"
			if s, ok := mermaidShapes[n.kind]; ok {
				open, close = s[0], s[1]
			}
			// quoteMermaid escapes "<": line breaks go in after it.
			label := strings.ReplaceAll(quoteMermaid(n.label), "\n", "<br>")
			fmt.Fprintf(&b, "    %s%s%s%s\n", n.id, open, label, close)
		}
		for _, e := range g.edges {
			arrow := "-->"
			if e.dashed {
				arrow = "-.->"
			}
			fmt.Fprintf(&b, "    %s %s %s\n", e.from, arrow, e.to)
		}
		b.WriteString("  end\n")
	}
	for i := range d.Applications {
		for _, n := range newGraph(i, d).nodes {
			if n.handler {
				fmt.Fprintf(&b, "  class %s %s\n", n.id, n.kind)
			}
		}
	}
	b.WriteString("  classDef aggregate fill:#fde9c9\n")
	b.WriteString("  classDef process fill:#d9e8fb\n")
	b.WriteString("  classDef integration fill:#e4d9fb\n")
	b.WriteString("  classDef projection fill:#d9f5e1\n")
	_, err := io.WriteString(w, b.String())
	return err
}
