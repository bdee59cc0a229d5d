// Package e2etest holds what the end-to-end tests of dogmavet's command, its
// golangci-lint plugin and its pre-commit hook share: finding the
// repository, building the binary, copying the example applications into
// throw-away modules, reading the expected findings from their
// "// defect: <rule-id>" comments, deciding whether a missing external
// program skips a test or fails it, and leaving the long tests to those who
// ask for them (DOGMAVET_LONG_TESTS=1, as .ci/run does).
package e2etest
