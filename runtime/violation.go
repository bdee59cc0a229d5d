package runtime

import (
	"fmt"
	"strings"
	"time"
)

// HandlerKind is the kind of a Dogma message handler.
type HandlerKind uint8

const (
	AggregateKind HandlerKind = 1 << iota
	ProcessKind
	IntegrationKind
	ProjectionKind
)

// AllKinds enables every kind of handler.
const AllKinds = AggregateKind | ProcessKind | IntegrationKind | ProjectionKind

func (k HandlerKind) String() string {
	switch k {
	case AggregateKind:
		return "aggregate"
	case ProcessKind:
		return "process"
	case IntegrationKind:
		return "integration"
	case ProjectionKind:
		return "projection"
	}
	var parts []string
	for _, one := range []HandlerKind{AggregateKind, ProcessKind, IntegrationKind, ProjectionKind} {
		if k&one != 0 {
			parts = append(parts, one.String())
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

// Violation is one breach of a dogma rule observed while a handler ran.
type Violation struct {
	// Seq numbers violations from 1 in the order they were found.
	Seq   int
	Rule  RuleID
	Level Level

	// Handler is the handler's identity name, HandlerKind its kind.
	Handler     string
	HandlerKind HandlerKind

	// Method is the dogma method whose contract was broken, e.g.
	// "RouteCommandToInstance" or "ProcessEventScope.ExecuteCommand".
	Method string

	// Instance is the aggregate or process instance ID, when known.
	Instance string

	// MessageType is the type of the message involved, e.g. "*app.Deposit",
	// and MessageID the engine's ID of the message being handled.
	MessageType string
	MessageID   string

	// At is the engine time of the violation.
	At time.Time

	// Message says what happened and what to do, in Go style.
	Message string

	// Quote is the dogma sentence the handler broke, verbatim.
	Quote string
}

// String formats v on one line, with the quote.
func (v Violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s [%s] %s %s", v.Level, v.Rule, v.HandlerKind, v.Handler)
	if v.Method != "" {
		fmt.Fprintf(&b, " %s", v.Method)
	}
	if v.Instance != "" {
		fmt.Fprintf(&b, " instance %q", v.Instance)
	}
	if v.MessageType != "" {
		fmt.Fprintf(&b, " message %s", v.MessageType)
		if v.MessageID != "" {
			fmt.Fprintf(&b, " #%s", v.MessageID)
		}
	}
	fmt.Fprintf(&b, ": %s (dogma: %q)", v.Message, v.Quote)
	return b.String()
}

// FormatViolations prints one violation a line, for test failures.
func FormatViolations(vs []Violation) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// ViolationError is the error a strict engine returns for the first
// violation of an operation.
type ViolationError struct {
	Violation Violation
}

func (e *ViolationError) Error() string {
	return "dogma rule violated: " + e.Violation.String()
}
