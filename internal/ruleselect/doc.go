// Package ruleselect turns rules on and off by rule ID and rewrites the
// diagnostics of dogmavet's analyzers on their way out, for every front end:
// the command line (standalone and under go vet) and the golangci-lint
// plugin.
package ruleselect
