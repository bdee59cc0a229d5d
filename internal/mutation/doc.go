// Package mutation tests dogmavet the way a user meets it: it injects one
// defect at a time into a copy of a realistic example application,
// testdata/example (dogma v0.15.0) or testdata/example-v25 (v0.25.0), and
// checks that the standalone command reports it, by rule and file. The clean
// copies must give no finding at all, so each mutation's finding is caused by
// the mutation.
package mutation
