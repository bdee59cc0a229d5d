// Package benchcmp compares the throughput of dogmavet's reference engine
// with testkit v0.18.1's engine on the same application and workload. It is
// a separate module so that testkit never enters dogmavet's go.mod; run.sh
// runs the benchmarks and writes the medians into docs/runtime.md.
package benchcmp
