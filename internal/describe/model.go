package describe

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dogmavet/dogmavet/analyzer/dogmaconfig"
	"github.com/dogmavet/dogmavet/validate"
)

// Description is everything found in a set of packages.
type Description struct {
	Applications []Application `json:"applications"`

	// Handlers holds the handler types of the packages that no application
	// found registers.
	Handlers []Handler `json:"unregisteredHandlers"`
}

// Application is one dogma.Application implementation.
type Application struct {
	GoType     string     `json:"goType"`
	Pos        string     `json:"pos"`
	Identities []Identity `json:"identities"`

	// IdentitiesComplete and HandlersComplete are false when extraction
	// could not follow every Identity or RegisterX call.
	IdentitiesComplete bool `json:"identitiesComplete"`

	Handlers         []Handler `json:"handlers"`
	HandlersComplete bool      `json:"handlersComplete"`

	// Messages are the message types the handlers' routes name, sorted by
	// kind (commands, events, timeouts) and then by type.
	Messages []Message `json:"messages"`

	// Flows are the edges of the message-flow graph, sorted.
	Flows []Flow `json:"flows"`

	// Adaptors are the registrations whose handler is built by a call
	// dogmavet could not follow, such as projectionkit's sqlprojection.New.
	Adaptors []Adaptor `json:"adaptors"`
}

// Adaptor is a registration through a call dogmavet could not follow.
type Adaptor struct {
	Kind string `json:"kind"`
	// Func is the called function, qualified by its import path.
	Func string `json:"func"`
	Pos  string `json:"pos"`
}

// Message is one message type of an application.
type Message struct {
	Kind     string `json:"kind"`
	Type     string `json:"type"`
	TypeName string `json:"typeName"`
}

// Identity is one Identity call; an empty Name or Key with Known false is a
// value extraction could not evaluate.
type Identity struct {
	Name      string `json:"name"`
	NameKnown bool   `json:"nameKnown"`
	Key       string `json:"key"`
	KeyKnown  bool   `json:"keyKnown"`
}

// Handler is one message handler.
type Handler struct {
	Kind               string     `json:"kind"`
	GoType             string     `json:"goType"`
	Pos                string     `json:"pos"`
	Identities         []Identity `json:"identities"`
	IdentitiesComplete bool       `json:"identitiesComplete"`
	Routes             []Route    `json:"routes"`
	RoutesComplete     bool       `json:"routesComplete"`

	// Disabled is "yes", "no" or "unknown".
	Disabled string `json:"disabled"`

	// Nil is true for a registration of a nil handler.
	Nil bool `json:"nil,omitempty"`

	// Conditional is true for a handler the application registers on some
	// paths only, as inside if a.ReadDB != nil { … }.
	Conditional bool `json:"conditional,omitempty"`

	// Adaptor, for a handler that no application is known to register,
	// is the registration through an adaptor that dogmavet could not
	// follow and that is passed a value of the handler's type: the
	// handler is probably registered there.
	Adaptor *AdaptorUse `json:"adaptor,omitempty"`
}

// AdaptorUse locates the adaptor registration of a handler.
type AdaptorUse struct {
	Application string `json:"application"`
	Adaptor

	// app is the application's index in the description.
	app int
}

// Route is one route of a handler.
type Route struct {
	// Kind is the route function's name, such as "HandlesCommand".
	Kind string `json:"kind"`

	// MessageKind is "command", "event" or "timeout".
	MessageKind string `json:"messageKind"`

	// MessageType is the type as a user reads it, such as
	// "*messages.OpenAccount"; TypeName qualifies it with full import
	// paths. Both are empty for a route without a usable type, which
	// Problem then explains.
	MessageType string `json:"messageType,omitempty"`
	TypeName    string `json:"typeName,omitempty"`
	Problem     string `json:"problem,omitempty"`

	Pos string `json:"pos"`
}

// Flow is one edge of the message-flow graph: a message type delivered to a
// handler, or produced by one.
type Flow struct {
	// From and To are node keys: "handler:<index>" for the application's
	// handler at that index, "message:<TypeName>" for a message type.
	From string `json:"from"`
	To   string `json:"to"`

	// Route is the route that gives rise to the edge.
	Route string `json:"route"`
}

var handlerKinds = map[validate.HandlerKind]string{
	validate.AggregateHandler:   "aggregate",
	validate.ProcessHandler:     "process",
	validate.IntegrationHandler: "integration",
	validate.ProjectionHandler:  "projection",
}

var routeKinds = map[validate.RouteKind]struct{ name, message string }{
	validate.HandlesCommandRoute:   {"HandlesCommand", "command"},
	validate.RecordsEventRoute:     {"RecordsEvent", "event"},
	validate.HandlesEventRoute:     {"HandlesEvent", "event"},
	validate.ExecutesCommandRoute:  {"ExecutesCommand", "command"},
	validate.SchedulesTimeoutRoute: {"SchedulesTimeout", "timeout"},
}

// Build describes the results of dogmaconfig on a set of packages. pos
// formats a position for output, e.g. relative to the working directory.
func Build(results []*dogmaconfig.Result, pos func(dogmaconfig.Posn) string) *Description {
	var apps []*dogmaconfig.ApplicationSummary
	seen := map[dogmaconfig.Posn]bool{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, a := range r.Applications {
			if a.Summary != nil && !seen[a.Summary.Pos] {
				seen[a.Summary.Pos] = true
				apps = append(apps, a.Summary)
			}
		}
	}
	sort.SliceStable(apps, func(i, j int) bool {
		if c := comparePosn(apps[i].Pos, apps[j].Pos); c != 0 {
			return c < 0
		}
		return apps[i].GoType < apps[j].GoType
	})

	d := &Description{Applications: []Application{}, Handlers: []Handler{}}
	registered := map[dogmaconfig.Posn]bool{}
	for _, s := range apps {
		app := Application{
			GoType:             s.GoType,
			Pos:                pos(s.Pos),
			Identities:         identities(s.Identities),
			IdentitiesComplete: s.IdentitiesComplete,
			Handlers:           []Handler{},
			HandlersComplete:   s.RegistrationsComplete,
		}
		for _, reg := range s.Registrations {
			if reg.Handler == nil {
				app.Handlers = append(app.Handlers, Handler{
					Kind: handlerKinds[reg.Kind], Pos: pos(reg.Pos), Nil: true,
					Identities: []Identity{}, Routes: []Route{}, Disabled: "no",
				})
				continue
			}
			registered[reg.Handler.Pos] = true
			app.Handlers = append(app.Handlers, handler(reg.Handler, pos))
		}
		for _, reg := range s.Conditional {
			if reg.Handler == nil {
				continue
			}
			registered[reg.Handler.Pos] = true
			h := handler(reg.Handler, pos)
			h.Conditional = true
			app.Handlers = append(app.Handlers, h)
		}
		app.Messages = messages(app.Handlers)
		app.Flows = flows(app.Handlers)
		app.Adaptors = []Adaptor{}
		for _, ad := range s.Adaptors {
			app.Adaptors = append(app.Adaptors, Adaptor{Kind: handlerKinds[ad.Kind], Func: ad.Func, Pos: pos(ad.Pos)})
		}
		d.Applications = append(d.Applications, app)
	}

	var stray []*dogmaconfig.HandlerSummary
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, h := range r.Handlers {
			if h.Summary != nil && !registered[h.Summary.Pos] && !seen[h.Summary.Pos] {
				seen[h.Summary.Pos] = true
				stray = append(stray, h.Summary)
			}
		}
	}
	sort.SliceStable(stray, func(i, j int) bool { return comparePosn(stray[i].Pos, stray[j].Pos) < 0 })
	for _, h := range stray {
		sh := handler(h, pos)
		sh.Adaptor = adaptorOf(apps, h, pos)
		d.Handlers = append(d.Handlers, sh)
	}
	return d
}

// adaptorOf returns the first adaptor registration of the applications
// that registers a handler of h's kind and is passed a value of h's type
// (or a pointer to one, or the value a pointer points to).
func adaptorOf(apps []*dogmaconfig.ApplicationSummary, h *dogmaconfig.HandlerSummary, pos func(dogmaconfig.Posn) string) *AdaptorUse {
	want := strings.TrimPrefix(h.GoType, "*")
	for i, a := range apps {
		for _, ad := range a.Adaptors {
			if ad.Kind != h.Kind {
				continue
			}
			for _, t := range ad.ArgTypes {
				if strings.TrimPrefix(t, "*") == want {
					name := a.GoType
					if len(a.Identities) == 1 && a.Identities[0].NameKnown {
						name = a.Identities[0].Name
					}
					return &AdaptorUse{
						Application: printable(name),
						Adaptor:     Adaptor{Kind: handlerKinds[ad.Kind], Func: ad.Func, Pos: pos(ad.Pos)},
						app:         i,
					}
				}
			}
		}
	}
	return nil
}

// comparePosn orders positions by file, line and column.
func comparePosn(a, b dogmaconfig.Posn) int {
	switch {
	case a.File != b.File:
		return strings.Compare(a.File, b.File)
	case a.Line != b.Line:
		return a.Line - b.Line
	default:
		return a.Column - b.Column
	}
}

func identities(ids []dogmaconfig.IdentitySummary) []Identity {
	out := []Identity{}
	for _, id := range ids {
		out = append(out, Identity{Name: id.Name, NameKnown: id.NameKnown, Key: id.Key, KeyKnown: id.KeyKnown})
	}
	return out
}

func handler(s *dogmaconfig.HandlerSummary, pos func(dogmaconfig.Posn) string) Handler {
	h := Handler{
		Kind:               handlerKinds[s.Kind],
		GoType:             s.GoType,
		Pos:                pos(s.Pos),
		Identities:         identities(s.Identities),
		IdentitiesComplete: s.IdentitiesComplete,
		Routes:             []Route{},
		RoutesComplete:     s.RoutesComplete,
	}
	switch {
	case !s.DisabledKnown:
		h.Disabled = "unknown"
	case s.Disabled:
		h.Disabled = "yes"
	default:
		h.Disabled = "no"
	}
	for _, r := range s.Routes {
		rk := routeKinds[r.Kind]
		route := Route{Kind: rk.name, MessageKind: rk.message, Pos: pos(r.Pos)}
		switch {
		case r.Invalid != "":
			route.Kind, route.MessageKind = "", ""
			route.Problem = "invalid route value of type " + r.Invalid
		case r.TypeParam > 0:
			route.Problem = fmt.Sprintf("message type is type parameter %d of the handler", r.TypeParam)
		case r.Type == nil:
			route.Problem = "nil message type"
		default:
			route.MessageType = r.Type.Display
			route.TypeName = r.Type.Name
		}
		h.Routes = append(h.Routes, route)
	}
	return h
}

// flows returns the message-flow edges of an application's handlers.
// Handlers that the application disables still appear, as configuration
// does: an engine routes nothing to them, which the text output notes.
func flows(hs []Handler) []Flow {
	seen := map[Flow]bool{}
	var fs []Flow
	add := func(f Flow) {
		if !seen[f] {
			seen[f] = true
			fs = append(fs, f)
		}
	}
	for i, h := range hs {
		node := fmt.Sprintf("handler:%d", i)
		for _, r := range h.Routes {
			if r.TypeName == "" {
				continue
			}
			msg := "message:" + r.TypeName
			switch r.Kind {
			case "HandlesCommand", "HandlesEvent":
				add(Flow{From: msg, To: node, Route: r.Kind})
			case "RecordsEvent", "ExecutesCommand":
				add(Flow{From: node, To: msg, Route: r.Kind})
			case "SchedulesTimeout":
				// A process handles the timeouts it schedules.
				add(Flow{From: node, To: msg, Route: r.Kind})
				add(Flow{From: msg, To: node, Route: r.Kind})
			}
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Route < b.Route
	})
	if fs == nil {
		fs = []Flow{}
	}
	return fs
}

var messageKindOrder = map[string]int{"command": 0, "event": 1, "timeout": 2}

// messages returns the message types the handlers route.
func messages(hs []Handler) []Message {
	seen := map[string]bool{}
	ms := []Message{}
	for _, h := range hs {
		for _, r := range h.Routes {
			if r.TypeName == "" || seen[r.TypeName] {
				continue
			}
			seen[r.TypeName] = true
			ms = append(ms, Message{Kind: r.MessageKind, Type: r.MessageType, TypeName: r.TypeName})
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Kind != b.Kind {
			return messageKindOrder[a.Kind] < messageKindOrder[b.Kind]
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.TypeName < b.TypeName
	})
	return ms
}

// Name is the handler's identity name when it has exactly one known one,
// otherwise its Go type.
func (h Handler) Name() string {
	if len(h.Identities) == 1 && h.Identities[0].NameKnown {
		return printable(h.Identities[0].Name)
	}
	if h.Nil {
		return "<nil>"
	}
	return h.GoType
}

// Label is the handler's kind and name, e.g. "aggregate account".
func (h Handler) Label() string { return h.Kind + " " + h.Name() }

// Name is the application's identity name when it has exactly one known
// one, otherwise its Go type.
func (a Application) Name() string {
	if len(a.Identities) == 1 && a.Identities[0].NameKnown {
		return printable(a.Identities[0].Name)
	}
	return a.GoType
}

// shortFunc drops the directories of a function's import path:
// "github.com/dogmatiq/projectionkit/sqlprojection.New" is "sqlprojection.New".
func shortFunc(f string) string {
	if i := strings.LastIndexByte(f, '/'); i >= 0 {
		return f[i+1:]
	}
	return f
}

// printable returns s with each byte that is not part of valid UTF-8
// escaped as %q escapes it, "\xff", so that output is always valid UTF-8.
// A valid s is returned as it is.
func printable(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Caveats says what is not known about the handler, for the graphs.
func (h Handler) Caveats() []string {
	var cs []string
	if !h.IdentitiesComplete {
		cs = append(cs, "identity partly unknown")
	}
	if !h.RoutesComplete {
		cs = append(cs, "some routes unknown")
	}
	if h.Disabled == "unknown" {
		cs = append(cs, "may be disabled")
	}
	if h.Adaptor != nil {
		cs = append(cs, "registered through "+shortFunc(h.Adaptor.Func)+",\nan adaptor that could not be followed")
	}
	return cs
}

// Caveats says what is not known about the application, for the graphs.
func (a Application) Caveats() []string {
	var cs []string
	if !a.IdentitiesComplete {
		cs = append(cs, "identity partly unknown")
	}
	if !a.HandlersComplete {
		cs = append(cs, "partial: some handlers are registered in a way dogmavet cannot follow")
	}
	return cs
}
