package describe

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes the description for a person to read.
func WriteText(w io.Writer, d *Description) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for i, a := range d.Applications {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "application %s\n", a.Name())
		fmt.Fprintf(tw, "  type:\t%s\n", a.GoType)
		fmt.Fprintf(tw, "  identity:\t%s\n", identityText(a.Identities, a.IdentitiesComplete))
		fmt.Fprintf(tw, "  configured at:\t%s\n", a.Pos)
		if !a.HandlersComplete {
			fmt.Fprintf(tw, "  note:\tsome handlers are registered in a way dogmavet cannot follow; the lists below are partial\n")
		}
		for _, ad := range a.Adaptors {
			fmt.Fprintf(tw, "  adaptor:\t%s registered through %s at %s, which dogmavet could not follow\n", ad.Kind, shortFunc(ad.Func), ad.Pos)
		}
		for _, h := range a.Handlers {
			fmt.Fprintln(tw)
			writeHandler(tw, h)
		}
		writeMessages(tw, a)
	}
	first := len(d.Applications) == 0
	var adapted, stray []Handler
	for _, h := range d.Handlers {
		if h.Adaptor != nil {
			adapted = append(adapted, h)
		} else {
			stray = append(stray, h)
		}
	}
	for _, group := range []struct {
		title string
		hs    []Handler
	}{
		{"handlers registered through an adaptor that could not be followed", adapted},
		{"handlers not registered by any application found", stray},
	} {
		if len(group.hs) == 0 {
			continue
		}
		if !first {
			fmt.Fprintln(tw)
		}
		first = false
		fmt.Fprintln(tw, group.title)
		for _, h := range group.hs {
			fmt.Fprintln(tw)
			writeHandler(tw, h)
		}
	}
	return tw.Flush()
}

func writeHandler(w io.Writer, h Handler) {
	if h.Nil {
		fmt.Fprintf(w, "  %s handler: nil, registered at %s\n", h.Kind, h.Pos)
		return
	}
	fmt.Fprintf(w, "  %s\n", h.Label())
	fmt.Fprintf(w, "    type:\t%s\n", h.GoType)
	fmt.Fprintf(w, "    identity:\t%s\n", identityText(h.Identities, h.IdentitiesComplete))
	fmt.Fprintf(w, "    configured at:\t%s\n", h.Pos)
	if h.Conditional {
		fmt.Fprintf(w, "    registered:\ton some paths only\n")
	}
	if h.Adaptor != nil {
		fmt.Fprintf(w, "    registered:\tprobably by application %s through %s at %s\n", h.Adaptor.Application, shortFunc(h.Adaptor.Func), h.Adaptor.Pos)
	}
	switch h.Disabled {
	case "yes":
		fmt.Fprintf(w, "    disabled:\tyes\n")
	case "unknown":
		fmt.Fprintf(w, "    disabled:\tunknown\n")
	}
	for _, r := range h.Routes {
		switch {
		case r.Kind == "":
			fmt.Fprintf(w, "    route:\t%s\n", r.Problem)
		case r.Problem != "":
			fmt.Fprintf(w, "    %s:\t%s\n", r.Kind, r.Problem)
		default:
			fmt.Fprintf(w, "    %s:\t%s\n", r.Kind, r.MessageType)
		}
	}
	if len(h.Routes) == 0 && h.RoutesComplete {
		fmt.Fprintf(w, "    routes:\tnone\n")
	}
	if !h.RoutesComplete {
		fmt.Fprintf(w, "    note:\tsome routes cannot be followed statically; the list is partial\n")
	}
}

func identityText(ids []Identity, complete bool) string {
	var parts []string
	for _, id := range ids {
		parts = append(parts, known(id.Name, id.NameKnown)+" "+known(id.Key, id.KeyKnown))
	}
	switch {
	case len(parts) == 0 && complete:
		return "none"
	case len(parts) == 0:
		return "unknown"
	case !complete:
		parts = append(parts, "(and possibly others)")
	}
	return strings.Join(parts, ", ")
}

func known(s string, ok bool) string {
	if !ok {
		return "<unknown>"
	}
	return fmt.Sprintf("%q", s)
}

// writeMessages writes the message flow: for each message type, which
// handlers produce it and which handle it.
func writeMessages(w io.Writer, a Application) {
	if len(a.Messages) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  message flow")
	for _, m := range a.Messages {
		fmt.Fprintf(w, "    %s %s\n", m.Kind, m.Type)
		for _, role := range []struct{ route, verb string }{
			{"ExecutesCommand", "executed by"},
			{"RecordsEvent", "recorded by"},
			{"SchedulesTimeout", "scheduled and handled by"},
			{"HandlesCommand", "handled by"},
			{"HandlesEvent", "handled by"},
		} {
			var names []string
			for _, h := range a.Handlers {
				for _, r := range h.Routes {
					if r.Kind == role.route && r.TypeName == m.TypeName {
						names = append(names, h.Label())
						break
					}
				}
			}
			if len(names) > 0 {
				fmt.Fprintf(w, "      %s:\t%s\n", role.verb, strings.Join(names, ", "))
			}
		}
		if m.Kind == "command" && !consumed(a, m) {
			fmt.Fprintf(w, "      handled by:\tno handler of the application\n")
		}
	}
}

func consumed(a Application, m Message) bool {
	for _, h := range a.Handlers {
		for _, r := range h.Routes {
			if r.TypeName == m.TypeName && (r.Kind == "HandlesCommand" || r.Kind == "HandlesEvent" || r.Kind == "SchedulesTimeout") {
				return true
			}
		}
	}
	return false
}
