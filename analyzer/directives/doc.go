// Package directives defines an Analyzer that reports malformed
// //dogmavet:ignore directives.
//
// # Analyzer directives
//
// directives: report malformed //dogmavet:ignore directives
//
// A directive has the form
//
//	//dogmavet:ignore <rule-id> <reason>
//
// and suppresses findings of that rule on its own line or, when it stands
// alone on its line, on the next line. The directive-malformed warning is
// reported for a directive without a rule ID, with an unknown rule ID, or
// without a reason. Unused directives are reported by the analyzer that owns
// the directive's rule, as directive-unused.
package directives
