// Package sarif writes analysis findings as SARIF 2.1.0, the format GitHub
// code scanning uploads.
//
// Only the part of the specification that code scanning reads is modelled:
// a tool driver with its rules, and results with a rule ID, a level, a
// message, a location relative to the repository root, related locations and
// partial fingerprints. Output is deterministic: the same findings give the
// same bytes, whatever order they arrive in.
package sarif
