// Package e2etest holds what the end-to-end tests of dogmavet's command, its
// golangci-lint plugin and its pre-commit hook share: finding the
// repository, building the binary, copying the example applications into
// throw-away modules, reading the expected findings from their
// "// defect: <rule-id>" comments, and deciding whether a missing external
// program skips a test or fails it.
package e2etest
