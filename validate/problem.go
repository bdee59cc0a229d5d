package validate

import "go/token"

// Severity says how serious a problem is.
type Severity int

const (
	// Error is a problem that makes the configuration invalid: an engine
	// rejects it, or dogma states the rule as a MUST.
	Error Severity = iota

	// Warning is a problem that an engine accepts but that is almost
	// certainly a mistake, or a departure from a canonical form.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Problem is one violation of a configuration rule.
type Problem struct {
	// Rule is the stable ID of the rule the problem violates.
	Rule RuleID

	Severity Severity

	// Entity names the application or handler the problem concerns, e.g.
	// `aggregate *bank.AccountHandler (account)`.
	Entity string

	// Message is a Go-style message: lower case, no trailing period; it names
	// the offending value and says how to fix it.
	Message string

	// Pos is where the static front end reports the problem; token.NoPos at
	// run time.
	Pos token.Pos

	// Related holds other positions involved, such as the other handler of a
	// conflict.
	Related []Related
}

// Related is a secondary position of a problem.
type Related struct {
	Pos     token.Pos
	Message string
}

func (p Problem) String() string {
	return p.Entity + ": " + p.Message + " [" + string(p.Rule) + "]"
}
