package validate

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// String returns the kind as Dogma's documentation names it, e.g.
// "aggregate".
func (k HandlerKind) String() string {
	switch k {
	case AggregateHandler:
		return "aggregate"
	case ProcessHandler:
		return "process"
	case IntegrationHandler:
		return "integration"
	case ProjectionHandler:
		return "projection"
	}
	return "handler(" + strconv.Itoa(int(k)) + ")"
}

// registerMethod is the ApplicationConfigurer method that registers a
// handler of kind k.
func (k HandlerKind) registerMethod() string {
	switch k {
	case AggregateHandler:
		return "RegisterAggregate"
	case ProcessHandler:
		return "RegisterProcess"
	case IntegrationHandler:
		return "RegisterIntegration"
	}
	return "RegisterProjection"
}

// registerFunc is the function or method that makes registration r.
func (r Registration) registerFunc() string {
	if r.Func != "" {
		return r.Func
	}
	return r.Kind.registerMethod()
}

// dogmaInterface is the dogma interface a handler of kind k implements.
func (k HandlerKind) dogmaInterface() string {
	switch k {
	case AggregateHandler:
		return "dogma.AggregateMessageHandler"
	case ProcessHandler:
		return "dogma.ProcessMessageHandler"
	case IntegrationHandler:
		return "dogma.IntegrationMessageHandler"
	}
	return "dogma.ProjectionMessageHandler"
}

// String returns the kind in lower case, e.g. "command".
func (k MessageKind) String() string {
	switch k {
	case Command:
		return "command"
	case Event:
		return "event"
	case Timeout:
		return "timeout"
	}
	return "message(" + strconv.Itoa(int(k)) + ")"
}

// withArticle returns the kind with its indefinite article, e.g. "an event".
func (k MessageKind) withArticle() string {
	if k == Event {
		return "an event"
	}
	return "a " + k.String()
}

// dogmaInterface is the dogma interface a message of kind k implements.
func (k MessageKind) dogmaInterface() string {
	switch k {
	case Command:
		return "dogma.Command"
	case Event:
		return "dogma.Event"
	}
	return "dogma.Timeout"
}

// String returns the dogma function that builds the route, e.g.
// "HandlesCommand".
func (k RouteKind) String() string {
	switch k {
	case HandlesCommandRoute:
		return "HandlesCommand"
	case RecordsEventRoute:
		return "RecordsEvent"
	case HandlesEventRoute:
		return "HandlesEvent"
	case ExecutesCommandRoute:
		return "ExecutesCommand"
	case SchedulesTimeoutRoute:
		return "SchedulesTimeout"
	}
	return "Route(" + strconv.Itoa(int(k)) + ")"
}

// MessageKind returns the kind of message the route carries.
func (k RouteKind) MessageKind() MessageKind {
	switch k {
	case HandlesCommandRoute, ExecutesCommandRoute:
		return Command
	case RecordsEventRoute, HandlesEventRoute:
		return Event
	}
	return Timeout
}

// Entity returns the handler as problems name it: its kind, Go type and, when
// known, its name, e.g. `aggregate *bank.AccountHandler (account)`.
func (h *Handler) Entity() string {
	if h == nil {
		return "nil handler"
	}
	return entityString(h.Kind.String(), h.GoType, h.Identities)
}

// Entity returns the application as problems name it, e.g.
// `application *bank.App (bank)`.
func (a *App) Entity() string {
	if a == nil {
		return "nil application"
	}
	return entityString("application", a.GoType, a.Identities)
}

func entityString(kind, goType string, ids []Identity) string {
	s := kind
	if goType != "" {
		s += " " + goType
	}
	if len(ids) > 0 && ids[0].NameKnown {
		s += " (" + displayName(ids[0].Name) + ")"
	}
	return s
}

// displayName returns n as is when it reads unambiguously, and Go-quoted
// otherwise (empty, spaces, control characters, invalid UTF-8).
func displayName(n string) string {
	if n == "" || !utf8.ValidString(n) {
		return strconv.Quote(n)
	}
	for _, r := range n {
		if unicode.IsSpace(r) || !unicode.IsPrint(r) || r == '(' || r == ')' {
			return strconv.Quote(n)
		}
	}
	return n
}

// route returns the dogma function that builds a route of kind k, in the
// program's names.
func (n TimeoutNames) route(k RouteKind) string {
	if k == SchedulesTimeoutRoute && n.Route != "" {
		return n.Route
	}
	return k.String()
}

// kind returns the message kind k in lower case, in the program's names.
func (n TimeoutNames) kind(k MessageKind) string {
	if k == Timeout && n.Noun != "" {
		return n.Noun
	}
	return k.String()
}

// article returns the kind with its indefinite article, e.g. "an event".
func (n TimeoutNames) article(k MessageKind) string {
	if k == Event {
		return "an event"
	}
	return "a " + n.kind(k)
}

// iface returns the dogma interface a message of kind k implements.
func (n TimeoutNames) iface(k MessageKind) string {
	if k == Timeout && n.Interface != "" {
		return n.Interface
	}
	return k.dogmaInterface()
}
