// Package scopeexample holds the end-to-end test of the handler-code
// analyzers against the example applications in the repository's testdata:
// the clean example must produce no finding, and the defective copy exactly
// the findings its "// defect: <rule-id>" markers name for these analyzers'
// rules.
package scopeexample
