package main

import (
	"fmt"
	"math/rand/v2"
)

// config is what the command line asks for.
type config struct {
	Packages int
	Handlers int
	Seed     uint64
	Defects  bool
	// Shape is synthetic (the default) or realistic; see main's doc.
	Shape string
}

const (
	synthetic = "synthetic"
	realistic = "realistic"
)

func (cfg config) realistic() bool { return cfg.Shape == realistic }

// modulePath is the module path of every generated application.
const modulePath = "example.com/synth"

type kind int

// Handler kinds cycle in this order inside each package, so a process sees
// the events of the aggregate before it and the commands of the integration
// after it, as real domains tend to be laid out.
const (
	aggregate kind = iota
	process
	integration
	projection
)

func (k kind) String() string {
	return [...]string{"aggregate", "process", "integration", "projection"}[k]
}

// message is one message type declared in a domain package.
type message struct {
	Type string // Go identifier, e.g. "OpenAccount17"
	Kind string // "Command", "Event" or "Timeout"
	Verb string // used in descriptions, e.g. "open account"
}

// handler is one handler of a domain package and the messages it routes.
type handler struct {
	Kind kind
	N    int    // index in the whole application, used in identifiers
	Noun string // e.g. "Account"
	Type string // Go type name, e.g. "AccountAggregate17"
	Root string // unexported root type name, aggregates and processes only
	Name string // identity name
	Key  string // identity key, a canonical random UUID

	Handles  []message // consumed: commands (aggregate, integration) or events
	Produces []message // recorded events or executed commands
	Timeouts []message // scheduled timeouts, processes only

	// Pairs maps each handled command to the event it records (aggregate,
	// integration) or each handled event to the command it executes
	// (process): Produces[Pairs[i]] answers Handles[i].
	Pairs []int

	// Broadcast makes a projection choose a non-default delivery policy.
	Broadcast bool
}

// pkg is one generated domain package.
type pkg struct {
	Name     string // package name, also the directory under domain/
	Messages []message
	Handlers []*handler
}

// plan decides every package, handler and message before any code is
// written, so the templates only render.
type plan struct {
	Packages []*pkg
}

var nouns = []string{
	"Account", "Order", "Invoice", "Shipment", "Customer", "Payment",
	"Refund", "Booking", "Ticket", "Parcel", "Contract", "Subscription",
	"Voucher", "Claim", "Policy", "Loan", "Transfer", "Basket", "Cart",
	"Delivery", "Warehouse", "Stock", "Supplier", "Quote", "Lead",
	"Campaign", "Coupon", "Review", "Device", "Meter", "Reading",
	"Session", "Member", "Badge", "Course", "Lesson", "Exam", "Patient",
	"Visit", "Prescription",
}

var domains = []string{
	"billing", "catalog", "fulfilment", "identity", "inventory", "ledger",
	"logistics", "marketing", "payments", "pricing", "procurement",
	"reporting", "scheduling", "support", "telemetry", "training",
}

func (cfg config) validate() error {
	if cfg.Shape != "" && cfg.Shape != synthetic && cfg.Shape != realistic {
		return fmt.Errorf("-shape must be %s or %s, not %q", synthetic, realistic, cfg.Shape)
	}
	if cfg.Packages < 1 {
		return fmt.Errorf("-packages must be at least 1, not %d", cfg.Packages)
	}
	if cfg.Handlers < 1 {
		return fmt.Errorf("-handlers must be at least 1, not %d", cfg.Handlers)
	}
	if cfg.Handlers < cfg.Packages {
		return fmt.Errorf("-handlers (%d) must be at least -packages (%d) so no package is empty", cfg.Handlers, cfg.Packages)
	}
	return nil
}

func newPlan(cfg config, rng *rand.Rand) *plan {
	p := &plan{}
	n := 0
	for i := range cfg.Packages {
		size := cfg.Handlers / cfg.Packages
		if i < cfg.Handlers%cfg.Packages {
			size++
		}
		pk := &pkg{Name: fmt.Sprintf("%s%03d", domains[rng.IntN(len(domains))], i)}
		for j := range size {
			noun := nouns[rng.IntN(len(nouns))]
			h := &handler{
				Kind: kind(j % 4),
				N:    n,
				Noun: noun,
				Key:  newKey(rng),
			}
			h.Type = fmt.Sprintf("%s%s%d", noun, title(h.Kind.String()), n)
			h.Name = fmt.Sprintf("%s.%s-%s-%d", pk.Name, lower(noun), h.Kind, n)
			pk.Handlers = append(pk.Handlers, h)
			n++
		}
		pk.route(rng)
		p.Packages = append(p.Packages, pk)
	}
	return p
}

// route gives every handler its messages. Aggregates and integrations own
// their commands and events; processes and projections consume what the
// nearest producer before them records, and declare their own message only
// when the package has no suitable neighbour.
func (pk *pkg) route(rng *rand.Rand) {
	declare := func(m message) message {
		pk.Messages = append(pk.Messages, m)
		return m
	}
	for _, h := range pk.Handlers {
		switch h.Kind {
		case aggregate:
			h.Root = lower(h.Noun) + "Root" + fmt.Sprint(h.N)
			ops := [][2]string{{"Open", "Opened"}, {"Adjust", "Adjusted"}, {"Close", "Closed"}}
			for _, op := range ops[:2+rng.IntN(2)] {
				c := declare(message{Type: fmt.Sprintf("%s%s%d", op[0], h.Noun, h.N), Kind: "Command", Verb: lower(op[0]) + " " + lower(h.Noun)})
				e := declare(message{Type: fmt.Sprintf("%s%s%d", h.Noun, op[1], h.N), Kind: "Event", Verb: lower(h.Noun) + " " + lower(op[1])})
				h.Handles = append(h.Handles, c)
				h.Produces = append(h.Produces, e)
				h.Pairs = append(h.Pairs, len(h.Produces)-1)
			}
		case integration:
			c := declare(message{Type: fmt.Sprintf("Notify%s%d", h.Noun, h.N), Kind: "Command", Verb: "notify " + lower(h.Noun)})
			e := declare(message{Type: fmt.Sprintf("%sNotified%d", h.Noun, h.N), Kind: "Event", Verb: lower(h.Noun) + " notified"})
			h.Handles = []message{c}
			h.Produces = []message{e}
			h.Pairs = []int{0}
		}
	}
	for i, h := range pk.Handlers {
		switch h.Kind {
		case process:
			h.Root = lower(h.Noun) + "Root" + fmt.Sprint(h.N)
			events := pk.eventsBefore(i, 2)
			if len(events) == 0 {
				events = []message{declare(message{Type: fmt.Sprintf("%sRequested%d", h.Noun, h.N), Kind: "Event", Verb: lower(h.Noun) + " requested"})}
			}
			commands := pk.commandsNear(i)
			if len(commands) == 0 {
				commands = []message{declare(message{Type: fmt.Sprintf("Fulfil%s%d", h.Noun, h.N), Kind: "Command", Verb: "fulfil " + lower(h.Noun)})}
			}
			h.Handles = events
			h.Produces = commands
			for j := range events {
				h.Pairs = append(h.Pairs, j%len(commands))
			}
			h.Timeouts = []message{declare(message{Type: fmt.Sprintf("%sDeadline%d", h.Noun, h.N), Kind: "Timeout", Verb: lower(h.Noun) + " deadline"})}
		case projection:
			events := pk.eventsBefore(i, 4)
			if len(events) == 0 {
				events = []message{declare(message{Type: fmt.Sprintf("%sObserved%d", h.Noun, h.N), Kind: "Event", Verb: lower(h.Noun) + " observed"})}
			}
			h.Handles = events
			h.Broadcast = rng.IntN(4) == 0
		}
	}
}

// eventsBefore returns up to max events recorded by the nearest aggregates
// and integrations before handler i.
func (pk *pkg) eventsBefore(i, max int) []message {
	var out []message
	for j := i - 1; j >= 0 && len(out) < max; j-- {
		if h := pk.Handlers[j]; h.Kind == aggregate || h.Kind == integration {
			for _, e := range h.Produces {
				if len(out) < max {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// commandsNear returns the commands of the nearest integration after handler
// i, or failing that the nearest aggregate before it.
func (pk *pkg) commandsNear(i int) []message {
	for j := i + 1; j < len(pk.Handlers); j++ {
		if h := pk.Handlers[j]; h.Kind == integration {
			return h.Handles
		}
	}
	for j := i - 1; j >= 0; j-- {
		if h := pk.Handlers[j]; h.Kind == aggregate || h.Kind == integration {
			return h.Handles[:1]
		}
	}
	return nil
}

// newKey returns a random version 4 UUID in canonical form.
func newKey(rng *rand.Rand) string {
	var b [16]byte
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func title(s string) string { return string(s[0]-'a'+'A') + s[1:] }

func lower(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}
