// Package difftest holds the differential test of the static analyzer
// against validate's run-time front end: for every fixture application in
// testdata/fixtures whose configuration extraction knows fully, the rule IDs
// configcheck reports must be exactly those validate.Application reports when the
// application's Configure runs.
package difftest
