// Package determinism checks that dogmavet says the same thing, byte for
// byte, however it is run: across runs, across GOMAXPROCS values, in text
// and JSON, standalone and under go vet, on a generated application with
// one defect per rule. It also runs the analyzers with the checker's fact
// sanity check, which encodes every fact twice and compares the bytes.
package determinism
